import {expect, test, type Page} from '@playwright/test';
import {expectHydrated} from './hydrated';

const INDEX_URL = /\/search-index[^/]*\.json/;
const navbarBox = (page: Page) => page.locator('.navbar').getByPlaceholder('검색');
const suggestions = (page: Page) => page.locator('.navbar [role="option"]');
const pathOf = (url: string) => new URL(url).pathname;
/** The search page's line that says how many pages it found, or that it found none. */
const resultStatus = (page: Page) =>
  page
    .locator('main')
    .getByRole('status')
    .filter({hasText: /찾았습니다|없습니다/});

/** Fails the test on any script error, console error or dialog: a hostile query must do none of these. */
function watchForTrouble(page: Page): string[] {
  const trouble: string[] = [];
  page.on('pageerror', (error) => trouble.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') trouble.push(`console error: ${message.text()}`);
  });
  page.on('dialog', (dialog) => {
    trouble.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return trouble;
}

async function typeInNavbar(page: Page, query: string): Promise<void> {
  await navbarBox(page).click();
  await navbarBox(page).fill(query);
  await expect(suggestions(page).first()).toBeVisible();
}

/** Pages the navbar suggestions lead to, in order: each one is opened from the keyboard. */
async function navbarPages(page: Page, query: string): Promise<string[]> {
  await page.goto('/');
  await typeInNavbar(page, query);
  const count = await suggestions(page).count();
  const pages: string[] = [];
  for (let i = 0; i < count; i += 1) {
    if (i > 0) {
      await page.goBack();
      await typeInNavbar(page, query);
    }
    for (let k = 0; k < i; k += 1) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname !== '/');
    const path = pathOf(page.url());
    if (!pages.includes(path)) pages.push(path);
  }
  return pages;
}

async function searchPagePages(page: Page, query: string): Promise<string[]> {
  await page.goto(`/search?q=${encodeURIComponent(query)}`);
  const links = page.locator('.main-wrapper article h2 a');
  await expect(links.first()).toBeVisible();
  const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  return [...new Set(hrefs.map(pathOf))];
}

test.describe('Korean queries', () => {
  for (const {query, expected, what} of [
    {query: '런타임의 역할', expected: ['/docs/runtimes/overview'], what: 'a particle'},
    {query: '이미지는', expected: ['/docs/containers/image-vs-container', '/docs/layers/concepts'], what: 'a particle'},
    {query: '컨테이너런타임', expected: ['/docs/runtimes/overview', '/docs/runtimes'], what: 'a compound written without its space'},
    {query: '도커파일', expected: ['/docs/layers/dockerfile'], what: 'a transliteration from the glossary'},
    {query: 'k8s', expected: ['/docs/cncf/projects', '/docs/cncf/overview'], what: 'an abbreviation from the glossary'},
    {query: '/var/lib/docker', expected: ['/docs/layers/storage'], what: 'a path'},
  ]) {
    test(`${what}: "${query}" finds ${expected.join(' or ')} first, in the navbar and on the search page alike`, async ({page}) => {
      const trouble = watchForTrouble(page);
      const onPage = await searchPagePages(page, query);
      expect(expected).toContain(onPage[0]);
      const inNavbar = await navbarPages(page, query);
      expect(inNavbar).toEqual(onPage.slice(0, inNavbar.length));
      expect(trouble).toEqual([]);
    });
  }
});

test('the index is downloaded when the reader starts to search, not with the page', async ({page}) => {
  const requested: string[] = [];
  page.on('request', (request) => {
    if (INDEX_URL.test(request.url())) requested.push(request.url());
  });
  await page.goto('/docs/runtimes/overview');
  await page.waitForLoadState('networkidle');
  expect(requested).toEqual([]);

  const download = page.waitForRequest(INDEX_URL);
  await navbarBox(page).focus();
  await download;
  await navbarBox(page).pressSequentially('런타임');
  await expect(suggestions(page).first()).toBeVisible();
  expect(requested).toHaveLength(1);
});

test('the search page names its query box in Korean, in the server HTML and once hydrated', async ({page, request}) => {
  const html = await (await request.get('/search')).text();
  expect(html).toMatch(/<input type=search [^>]*aria-label=검색어[ >]/);
  await page.goto('/search?q=컨테이너');
  await expectHydrated(page);
  await expect(page.locator('main').getByRole('searchbox', {name: '검색어', exact: true})).toHaveValue('컨테이너');
});

test('the navbar box is named in Korean, as the stand-in and once the plugin has replaced it (optimized build)', async ({
  page,
  request,
}) => {
  const html = await (await request.get('/docs/runtimes/overview')).text();
  expect(html).toMatch(/<input [^>]*aria-label="사이트 검색"[^>]* class="navbar__search-input/);
  expect(html).not.toContain('aria-label=Search');
  await page.goto('/docs/runtimes/overview');
  await expectHydrated(page);
  await expect(page.locator('.navbar').getByRole('textbox', {name: '사이트 검색', exact: true})).toBeVisible();
  await typeInNavbar(page, '런타임');
  // The plugin's autocomplete makes the input a combobox: the name is the plugin's now.
  await expect(page.locator('.navbar').getByRole('combobox', {name: '사이트 검색', exact: true})).toHaveValue('런타임');
  await expect(page.getByLabel('Search', {exact: true})).toHaveCount(0);
});

test('the search page shows the first 10 pages and the rest as the reader scrolls or asks', async ({page}) => {
  await page.goto('/search?q=컨테이너');
  const results = page.locator('.main-wrapper article');
  await expect(results.first()).toBeVisible();
  const found = Number((await page.getByText(/^문서 \d+개를 찾았습니다\.$/).textContent())?.match(/\d+/)?.[0]);
  expect(found, 'a query with more pages than two batches').toBeGreaterThan(20);
  await expect(results).toHaveCount(10);
  const more = page.getByRole('button', {name: /검색 결과 더 보기/});
  await expect(more).toHaveText(`검색 결과 더 보기 (${found - 10}개 남음)`);
  // Keyboard and screen reader users reach the button and press it; the list grows where they are.
  await more.focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => results.count()).toBeGreaterThanOrEqual(20);
  // Scrolling near the end brings the rest without a press, and the button goes.
  while ((await more.count()) > 0) await page.mouse.wheel(0, 4000);
  await expect(results).toHaveCount(found);
  // A new query starts again from its first results.
  await page.locator('.main-wrapper input[type="search"]').fill('런타임');
  await expect(page).toHaveURL(/q=%EB%9F%B0%ED%83%80%EC%9E%84/);
  await expect.poll(() => results.count()).toBeLessThanOrEqual(10);
});

test('on a slow phone the search page shows its results without shifting them, and keeps ?q=', async ({browser}) => {
  const context = await browser.newContext({viewport: {width: 412, height: 823}, isMobile: true, hasTouch: true});
  const page = await context.newPage();
  // A phone-like CPU stretches the time between hydration and the results, where the loading ring used to leave after them.
  await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', {rate: 4});
  await page.addInitScript(() => {
    const shifts: number[] = [];
    (window as unknown as {shifts: number[]}).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as Array<{value: number; hadRecentInput: boolean}>) {
        if (!entry.hadRecentInput) shifts.push(entry.value);
      }
    }).observe({type: 'layout-shift', buffered: true});
  });
  await page.goto('/search?q=컨테이너');
  await expect(page.locator('.main-wrapper article h2 a').first()).toBeVisible();
  await page.waitForTimeout(1000);
  expect(await page.evaluate(() => (window as unknown as {shifts: number[]}).shifts)).toEqual([]);
  expect(new URL(page.url()).searchParams.get('q')).toBe('컨테이너');
  await expect(page.locator('.main-wrapper input[type="search"]')).toHaveValue('컨테이너');
  await context.close();
});

test.describe('the navbar box loads its code when the reader reaches for it', () => {
  /** Scripts requested after the page has settled, held back by `delayMs` so the reader can act first. */
  async function settleThenWatchScripts(page: Page, delayMs: number): Promise<string[]> {
    await page.goto('/docs/runtimes/overview');
    await expectHydrated(page);
    await page.waitForLoadState('networkidle');
    const scripts: string[] = [];
    await page.route('**/assets/js/*.js', async (route) => {
      scripts.push(pathOf(route.request().url()));
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      await route.continue();
    });
    return scripts;
  }

  test('text typed and focus given before the code arrives are kept, and the index loads once', async ({page}) => {
    const trouble = watchForTrouble(page);
    const indexRequests: string[] = [];
    page.on('request', (request) => INDEX_URL.test(request.url()) && indexRequests.push(request.url()));
    const scripts = await settleThenWatchScripts(page, 1500);
    expect(scripts).toEqual([]);
    const download = page.waitForRequest(INDEX_URL, {timeout: 15_000});
    await navbarBox(page).focus();
    await page.keyboard.type('런타임');
    await download;
    expect(scripts.length).toBeGreaterThan(0);
    // What was typed is searched as soon as the index is in, without another keystroke.
    await expect(suggestions(page).filter({hasText: '컨테이너 런타임이란'}).first()).toBeVisible();
    await expect(navbarBox(page)).toHaveValue('런타임');
    await expect(navbarBox(page)).toBeFocused();
    await expect(page.locator('.navbar [role="listbox"]')).toHaveCount(1);
    expect(indexRequests).toHaveLength(1);
    expect(trouble).toEqual([]);
  });

  test('a reader who types on while the code takes over loses no letter, however late the frames come', async ({page}) => {
    // A busy phone's frames come late; a check made at the next frame would see only what was typed after the plugin emptied the box.
    await page.addInitScript(() => {
      window.requestAnimationFrame = (callback) => window.setTimeout(() => callback(performance.now()), 400);
      window.cancelAnimationFrame = (handle) => window.clearTimeout(handle);
    });
    const scripts = await settleThenWatchScripts(page, 300);
    const query = '컨테이너 런타임과 이미지 레이어';
    await navbarBox(page).focus();
    await page.keyboard.type(query, {delay: 80});
    expect(scripts.length).toBeGreaterThan(0);
    await expect(navbarBox(page)).toHaveValue(query);
    await expect(suggestions(page).first()).toBeVisible();
  });

  test('text typed into the box before the page has hydrated is searched once it has (optimized build)', async ({page}) => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/assets/js/main.*.js', async (route) => {
      await held;
      await route.continue();
    });
    // Deferred scripts hold DOMContentLoaded back too: the page is only committed, with its server HTML.
    await page.goto('/docs/runtimes/overview', {waitUntil: 'commit'});
    await navbarBox(page).click();
    await page.keyboard.type('런타임');
    await expect(page.locator('html')).not.toHaveAttribute('data-has-hydrated', 'true');
    release();
    await expectHydrated(page);
    await expect(suggestions(page).filter({hasText: '컨테이너 런타임이란'}).first()).toBeVisible();
    await expect(navbarBox(page)).toHaveValue('런타임');
    await expect(navbarBox(page)).toBeFocused();
  });

  test('the keyboard shortcut focuses the box and it searches', async ({page}) => {
    const scripts = await settleThenWatchScripts(page, 300);
    const download = page.waitForRequest(INDEX_URL, {timeout: 15_000});
    await page.keyboard.press('Control+k');
    await expect(navbarBox(page)).toBeFocused();
    await download;
    expect(scripts.length).toBeGreaterThan(0);
    await expect(navbarBox(page)).toBeFocused();
    await page.keyboard.type('overlay2');
    await expect(suggestions(page).first()).toBeVisible();
  });
});

test('"결과 모두 보기" opens the search page for what the box says, also before the last letter has been searched (optimized build)', async ({
  page,
}) => {
  // The plugin searches in a worker, called through Comlink: holding those calls keeps the suggestions, and their link, as they were for the text before.
  await page.addInitScript(() => {
    let held: Array<() => void> | null = null;
    const post = MessagePort.prototype.postMessage;
    MessagePort.prototype.postMessage = function (this: MessagePort, ...args: unknown[]) {
      const send = () => Reflect.apply(post, this, args);
      const call = (args[0] as {type?: unknown} | null)?.type === 'APPLY';
      if (held && call) held.push(send);
      else send();
    } as typeof post;
    Object.assign(window, {
      holdSearches: () => (held = []),
      releaseSearches: () => {
        const sends = held ?? [];
        held = null;
        sends.forEach((send) => send());
      },
    });
  });
  await page.goto('/docs/runtimes/overview');
  await typeInNavbar(page, '레이');
  const seeAll = page.locator('.navbar [role="listbox"]').getByText('결과 모두 보기');
  const seeAllQuery = () => seeAll.evaluate((a) => new URL((a as HTMLAnchorElement).href).searchParams.get('q'));
  await expect.poll(seeAllQuery).toBe('레이');
  await page.evaluate(() => (window as unknown as {holdSearches: () => void}).holdSearches());
  await page.keyboard.type('어');
  expect(await seeAllQuery()).toBe('레이');
  await seeAll.click();
  await page.evaluate(() => (window as unknown as {releaseSearches: () => void}).releaseSearches());
  await expect(page).toHaveURL(/\/search\/?\?/);
  expect(new URL(page.url()).searchParams.get('q')).toBe('레이어');
  await expect(page.locator('.main-wrapper input[type="search"]')).toHaveValue('레이어');
  await expect(page.locator('.main-wrapper article h2 a').first()).toBeVisible();
});

const HOSTILE = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '.*+?^${}()|[]\\', '"><svg onload=alert(1)>컨테이너'];

test.describe('hostile queries are text', () => {
  for (const query of HOSTILE) {
    test(`in ?q= on the search page: ${query}`, async ({page}) => {
      const trouble = watchForTrouble(page);
      await page.goto(`/search?q=${encodeURIComponent(query)}`);
      await expect(page.locator('h1')).toContainText(query);
      await expect(page.locator('.main-wrapper input[type="search"]')).toHaveValue(query);
      await expect(resultStatus(page)).toBeVisible();
      expect(await page.locator('.main-wrapper script, .main-wrapper img, .main-wrapper svg[onload]').count()).toBe(0);
      expect(trouble).toEqual([]);
    });

    test(`in the navbar box: ${query}`, async ({page}) => {
      const trouble = watchForTrouble(page);
      await page.goto('/');
      await navbarBox(page).click();
      await navbarBox(page).fill(query);
      await expect(page.locator('.navbar [role="listbox"]')).toBeVisible();
      expect(await page.locator('.navbar [role="listbox"] :is(script, img, svg[onload])').count()).toBe(0);
      expect(trouble).toEqual([]);
    });
  }

  test('a 10,000-character query is searched by its beginning and breaks nothing', async ({page}) => {
    const trouble = watchForTrouble(page);
    const query = '컨테이너 런타임 '.repeat(1250).slice(0, 10_000);
    await page.goto('/search');
    await page.locator('.main-wrapper input[type="search"]').fill(query);
    await expect(page.locator('.main-wrapper article h2 a').first()).toBeVisible();
    await page.goto('/');
    await navbarBox(page).click();
    await navbarBox(page).fill(query);
    await expect(suggestions(page).first()).toBeVisible();
    expect(trouble).toEqual([]);
  });
});
