import {expect, test, type Browser} from '@playwright/test';

/**
 * A reader who starts typing into the navbar box as soon as it appears, on a
 * slow phone, while the page hydrates and the box's code arrives, loses no
 * letter. Fresh loads, CPU throttled, many tries: each race is rare, and a
 * test that types once would pass by luck.
 *
 * It guards the lazy-search-box unit's hand-over from its stand-in to the
 * plugin, so it runs on the optimized build. The plain build shows the stock
 * plugin box, which can drop letters typed before it starts, as upstream does.
 */
const TRIES = Number(process.env.TYPING_TRIES ?? 15);
const CPU_SLOWDOWN = 6;
const WORD = '컨테이너';
const KEY_DELAY_MS = 60;

async function typeRightAway(browser: Browser, path: string): Promise<string> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', {rate: CPU_SLOWDOWN});
    await page.goto(path, {waitUntil: 'commit'});
    const box = page.getByRole('searchbox').or(page.locator('.navbar__search-input')).first();
    await box.click();
    await page.keyboard.type(WORD, {delay: KEY_DELAY_MS});
    // Everything that could still touch the box: hydration, the plugin's code and its first effects.
    await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached', timeout: 20_000});
    await page.waitForTimeout(3000);
    return await page.locator('.navbar__search-input').first().inputValue();
  } finally {
    await context.close();
  }
}

test.describe('typing into the navbar box right away', () => {
  test.describe.configure({timeout: TRIES * 20_000});

  // A doc page: its layout hydrates for longest, which is when the box's code arrives.
  test(`at ${KEY_DELAY_MS} ms a key with the CPU ${CPU_SLOWDOWN}x slower, keeps every letter in ${TRIES} fresh loads (optimized build)`, async ({
    browser,
  }) => {
    const results: string[] = [];
    for (let attempt = 0; attempt < TRIES; attempt += 1) results.push(await typeRightAway(browser, '/docs/runtimes/overview'));
    expect(results.filter((value) => value !== WORD)).toEqual([]);
  });
});
