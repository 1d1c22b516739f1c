import type {Browser, BrowserContext, BrowserContextOptions, Page} from '@playwright/test';
import {expectHydrated} from './hydrated';

/** A 390 px touch phone, the width most of the phone tests read at. */
export const PHONE: BrowserContextOptions = {viewport: {width: 390, height: 844}, isMobile: true, hasTouch: true};

/** A phone with `path` open and hydrated; the caller closes the context. */
export async function openOnPhone(browser: Browser, path: string): Promise<{context: BrowserContext; page: Page}> {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await page.goto(path);
  await expectHydrated(page);
  return {context, page};
}
