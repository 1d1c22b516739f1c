import {expect, type Page} from '@playwright/test';

/**
 * Waits until the page's scripts have hydrated it. The tests that wait assert
 * what hydration does, not how soon it ends, and on a CI machine busy with the
 * other worker /docs/cncf/maturity took over 5 s, the default.
 */
export const expectHydrated = (page: Page): Promise<void> =>
  expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true', {timeout: 20_000});
