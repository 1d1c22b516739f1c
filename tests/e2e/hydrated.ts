import {expect, type Page} from '@playwright/test';

/**
 * Waits until the page's scripts have hydrated it. The tests that wait assert
 * what hydration does, not how soon it ends, and on a CI machine busy with the
 * other worker /docs/cncf/maturity took over 5 s, the default.
 */
export const expectHydrated = (page: Page): Promise<void> =>
  expect(page.locator('html')).toHaveAttribute('data-has-hydrated', 'true', {timeout: 20_000});

/**
 * Waits until main.js has run, hydrated or not: its client modules' document
 * listeners are then in place. Docusaurus sets `window.docusaurus` as main.js
 * starts. DOMContentLoaded is not that moment: with the scripts-after-paint
 * unit, main.js starts after the first paint.
 */
export const waitForMainScript = async (page: Page): Promise<void> => {
  await page.waitForFunction(() => 'docusaurus' in window, undefined, {timeout: 20_000});
};
