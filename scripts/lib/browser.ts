import {execFileSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import type {Page} from '@playwright/test';

/** Port the built site is served on for tests and benchmarks. */
export const SERVE_PORT = Number(process.env.PORT ?? 3210);

// Debian's Chromium: Playwright's own browser downloads are unreachable here,
// and the background-networking flags keep it from dialling out on start.
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function chromiumPath(): string {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium was not found at ${CHROMIUM_PATH}. Install it with "sudo apt-get install -y chromium" ` +
        'or point CHROMIUM_PATH at a Chromium binary.',
    );
  }
  return CHROMIUM_PATH;
}

/**
 * Stops with instructions unless fontconfig knows a font with Hangul. Without
 * one, Chromium draws every Hangul character as a box after trying each
 * installed font in turn: the tests would look at, and the benchmarks time, a
 * page no reader sees (first layouts ran several times slower).
 */
export function requireKoreanFont(): void {
  let families: string;
  try {
    families = execFileSync('fc-list', [':lang=ko', 'family'], {encoding: 'utf8'}).trim();
  } catch (error) {
    throw new Error(
      `fc-list could not be run (${(error as Error).message}); install fontconfig and a Korean font: sudo apt-get install -y fonts-noto-cjk`,
      {cause: error},
    );
  }
  if (families === '') {
    throw new Error(
      'No Korean font is installed, so Chromium would draw Hangul as boxes. Install one: sudo apt-get install -y fonts-noto-cjk',
    );
  }
}

export function chromiumLaunchOptions(): {executablePath: string; args: string[]} {
  return {executablePath: chromiumPath(), args: CHROMIUM_ARGS};
}

/**
 * Resolves once React has hydrated the page (Docusaurus then sets
 * `data-has-hydrated` on the root): the page's own chunks have all arrived
 * and its controls work.
 */
export async function waitForHydration(page: Page): Promise<void> {
  await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
}
