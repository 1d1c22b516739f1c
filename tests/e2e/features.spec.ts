import {expect, test} from '@playwright/test';
import {darkCodeTheme, lightCodeTheme} from '../../src/css/codeThemes';
import type {PrismTheme} from 'prism-react-renderer';
import {expectHydrated, waitForMainScript} from './hydrated';
import {openOnPhone, PHONE} from './phone';

test('the navbar search lists the runtime overview for 런타임', async ({page}) => {
  await page.goto('/');
  const box = page.locator('.navbar').getByPlaceholder('검색');
  await box.click();
  await box.pressSequentially('런타임');
  const options = page.locator('.navbar [role="listbox"] [role="option"]');
  const overview = options.filter({hasText: '컨테이너 런타임이란'}).first();
  await expect(overview).toBeVisible();
  await overview.click();
  await expect(page).toHaveURL(/\/docs\/runtimes\/overview/);
});

test('the search page lists the storage page for overlay2', async ({page}) => {
  await page.goto('/search?q=overlay2');
  await expect(page.locator('h1')).toContainText('overlay2');
  await expect(page.locator('.main-wrapper a[href^="/docs/layers/storage"]').first()).toBeVisible();
});

test('search highlights the terms on the page it opens', async ({page}) => {
  await page.goto('/search?q=overlay2');
  await page.locator('.main-wrapper a[href^="/docs/layers/storage"]').first().click();
  await expect(page).toHaveURL(/\/docs\/layers\/storage/);
  await expect(page.locator('article mark').first()).toBeVisible();
});

test('dark mode toggles and is remembered', async ({page}) => {
  await page.emulateMedia({colorScheme: 'light'});
  await page.goto('/docs/');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'light');
  // The toggle cycles system → light → dark; click until the dark choice is made.
  const toggle = page.getByRole('button', {name: /어두운 모드와 밝은 모드 전환하기/});
  for (let i = 0; i < 3 && (await html.getAttribute('data-theme-choice')) !== 'dark'; i += 1) {
    await toggle.click();
  }
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(html).toHaveAttribute('data-theme-choice', 'dark');
  const background = await page.locator('body').evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background).not.toBe('rgb(255, 255, 255)');
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'dark');
});

test('a Dockerfile block is syntax-highlighted and titled', async ({page}) => {
  await page.goto('/docs/layers/dockerfile');
  const block = page.locator('.theme-code-block.language-dockerfile').first();
  await expect(block).toBeVisible();
  await expect(block.locator('[class*="codeBlockTitle"]')).toHaveText(/Dockerfile/);
  // Prism marks instructions such as FROM as keyword tokens.
  await expect(block.locator('.token.keyword', {hasText: 'FROM'}).first()).toBeVisible();
  const keywordColor = await block
    .locator('.token.keyword')
    .first()
    .evaluate((el) => getComputedStyle(el).color);
  const plainColor = await block.locator('code').evaluate((el) => getComputedStyle(el).color);
  expect(keywordColor).not.toBe(plainColor);
});

/** A theme's colour for a token type, as getComputedStyle reports it. */
function tokenColour(theme: PrismTheme, type: string): string {
  const hex = theme.styles.find(({types}) => types.includes(type))?.style.color;
  if (!hex) throw new Error(`the code theme has no colour for ${type}`);
  const [r, g, b] = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

test('code arrives highlighted in the HTML, with no script, in the light theme colours', async ({browser}) => {
  const context = await browser.newContext({javaScriptEnabled: false});
  const page = await context.newPage();
  await page.goto('/docs/layers/dockerfile');
  const keyword = page.locator('.language-dockerfile .token.keyword', {hasText: 'FROM'}).first();
  await expect(keyword).toHaveCSS('color', tokenColour(lightCodeTheme, 'keyword'));
  await context.close();
});

test('a page full of code loads no syntax highlighter: its code was highlighted at build time (optimized build)', async ({page}) => {
  const scripts: Promise<string>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.text());
  });
  await page.goto('/docs/layers/dockerfile');
  await expectHydrated(page);
  await page.waitForLoadState('networkidle');
  const bodies = await Promise.all(scripts);
  expect(bodies.length).toBeGreaterThan(2);
  // Prism's tokenizer hooks, and the language index its loader reads.
  for (const marker of ['before-tokenize', 'prism-core.js']) {
    expect(bodies.filter((body) => body.includes(marker))).toEqual([]);
  }
});

test('the first paint waits for no script: main.js starts after it, also when it comes from the cache (optimized build)', async ({
  page,
}) => {
  // Docusaurus sets window.docusaurus as main.js starts: note when.
  await page.addInitScript(() => {
    Object.defineProperty(window, 'docusaurus', {
      configurable: true,
      set(value: unknown) {
        Object.defineProperty(window, 'docusaurus', {value, writable: true, configurable: true});
        Object.assign(window, {mainStartedAt: performance.now()});
      },
    });
  });
  // The second load finds main.js in the cache, ready before the HTML is parsed: as a deferred script it ran before the first paint.
  for (const load of ['first load', 'cached load']) {
    await page.goto('/docs/runtimes/overview');
    await expectHydrated(page);
    const {paint, main} = await page.evaluate(() => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      main: (window as unknown as {mainStartedAt?: number}).mainStartedAt,
    }));
    expect(paint, load).toBeDefined();
    expect(main, load).toBeGreaterThan(paint!);
  }
});

test('the code of pages that visible links lead to is still prefetched, once the page is idle', async ({page}) => {
  await page.goto('/docs/runtimes/overview');
  await expectHydrated(page);
  const prefetched = page.locator('link[rel="prefetch"][href^="/assets/js/"]');
  await expect.poll(() => prefetched.count(), {timeout: 10_000}).toBeGreaterThan(3);
});

test('in dark mode code takes the dark theme colours, and the copy button copies the code', async ({browser}) => {
  const context = await browser.newContext({colorScheme: 'dark', permissions: ['clipboard-read', 'clipboard-write']});
  const page = await context.newPage();
  await page.goto('/docs/layers/dockerfile');
  await expectHydrated(page);
  const block = page.locator('.theme-code-block.language-dockerfile').first();
  await expect(block.locator('.token.keyword').first()).toHaveCSS('color', tokenColour(darkCodeTheme, 'keyword'));
  await expect(block.locator('.token.string').first()).toHaveCSS('color', tokenColour(darkCodeTheme, 'string'));
  const code = await block.locator('.token-line').evaluateAll((lines) => lines.map((line) => line.textContent).join('\n'));
  await block.hover();
  await block.getByRole('button', {name: /복사/}).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
  await context.close();
});

test("a code block's copy button is in the server HTML and works before the page hydrates (optimized build)", async ({browser}) => {
  const context = await browser.newContext({permissions: ['clipboard-read', 'clipboard-write']});
  const page = await context.newPage();
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  // The page's own chunks, which React needs to hydrate; main.js, with the buttons' behaviour, comes through.
  await page.route(/\/assets\/js\/(?!main\.|runtime~main\.)[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/docs/layers/dockerfile', {waitUntil: 'domcontentloaded'});
  await waitForMainScript(page);
  const block = page.locator('.theme-code-block').first();
  const code = await block.locator('.token-line').evaluateAll((lines) => lines.map((line) => line.textContent).join('\n'));
  const copy = block.getByRole('button', {name: '클립보드에 코드 복사'});
  await block.hover();
  await copy.click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
  await expect(block.getByRole('button', {name: '복사했습니다'})).toBeVisible();
  await expect(page.locator('html')).not.toHaveAttribute('data-has-hydrated', 'true');
  release();
  await context.close();
});

test('on a phone, a code block too wide for the screen offers word wrap, which wraps it and unwraps it', async ({browser}) => {
  const {context, page} = await openOnPhone(browser, '/docs/layers/dockerfile');
  const blocks = page.locator('.theme-code-block');
  const overflows = await blocks.evaluateAll((all) =>
    all.map((block) => {
      const pre = block.querySelector('pre')!;
      return pre.scrollWidth > pre.clientWidth;
    }),
  );
  const wide = overflows.indexOf(true);
  const narrow = overflows.indexOf(false);
  expect(wide, 'a block wider than a phone screen').toBeGreaterThanOrEqual(0);
  expect(narrow, 'a block that fits').toBeGreaterThanOrEqual(0);
  await expect(blocks.nth(narrow).getByRole('button', {name: '줄 바꿈 전환'})).toHaveCount(0);

  const block = blocks.nth(wide);
  const pre = block.locator('pre');
  const scrolls = () => pre.evaluate((el) => el.scrollWidth > el.clientWidth);
  const toggle = block.getByRole('button', {name: '줄 바꿈 전환'});
  await block.tap();
  await toggle.click();
  await expect.poll(scrolls).toBe(false);
  // The button stays so the reader can undo it, although nothing overflows now.
  await toggle.click();
  await expect.poll(scrolls).toBe(true);
  await context.close();
});

test('on a phone, a table too wide for the screen scrolls in its own box, a named region the keyboard reaches, with its words whole', async ({
  browser,
}) => {
  const {context, page} = await openOnPhone(browser, '/docs/containers/vm-vs-container');
  // Against the screen's 390 px: content that overflows widens a phone's layout viewport, and innerWidth with it.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const regions = page.getByRole('region', {name: /^표: /});
  const box = regions.first();
  await expect(box).toHaveAttribute('tabindex', '0');
  expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  // A word laid out on two lines has two boxes; after a hyphen ("bare-metal") is a break a typesetter makes too.
  const broken = await box.locator('th, td').evaluateAll((cells) =>
    cells.flatMap((cell) => {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      const words: string[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of (node.textContent ?? '').matchAll(/[^\s-]+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          if (range.getClientRects().length > 1) words.push(match[0]);
        }
      }
      return words;
    }),
  );
  expect(broken).toEqual([]);
  await box.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  // Wide enough for the table, the box is plain again: no tab stop that scrolls nothing.
  await page.setViewportSize({width: 1280, height: 900});
  await expect(regions).toHaveCount(0);
  await expect(page.locator('article table').first().locator('xpath=..')).not.toHaveAttribute('tabindex');
  await context.close();
});

test('on a phone the desktop sidebar and contents give way after hydration, and the menu holds the docs sidebar', async ({browser}) => {
  const {context, page} = await openOnPhone(browser, '/docs/runtimes/overview');
  // The server drew the desktop versions; the first measurement after hydration swaps them out.
  await expect(page.locator('aside .theme-doc-sidebar-menu')).toHaveCount(0);
  await expect(page.locator('.theme-doc-toc-desktop')).toHaveCount(0);
  await page.locator('.navbar__toggle').tap();
  await expect(page.locator('.navbar-sidebar .menu__link[href="/docs/runtimes/containerd"]')).toBeVisible();
  await expect(page.locator('.navbar__toggle')).toHaveAttribute('aria-expanded', 'true');
  await page.locator('.navbar-sidebar__close').tap();
  await expect(page.locator('.navbar-sidebar')).toBeHidden();
  // Resizing is still followed at once: a wide window brings the desktop sidebar back.
  await page.setViewportSize({width: 1280, height: 900});
  await expect(page.locator('aside .theme-doc-sidebar-menu')).toBeVisible();
  await expect(page.locator('.theme-doc-toc-desktop')).toBeVisible();
  await context.close();
});

test('on a phone the menu is built when the reader reaches for its button, and stays built (optimized build)', async ({browser}) => {
  const {context, page} = await openOnPhone(browser, '/docs/runtimes/overview');
  await expect(page.locator('.navbar-sidebar')).toHaveCount(0);
  await page.locator('.navbar__toggle').tap();
  await expect(page.locator('.navbar-sidebar .menu__link[href="/docs/runtimes/containerd"]')).toBeVisible();
  await page.locator('.navbar-sidebar__close').tap();
  await expect(page.locator('.navbar-sidebar')).toBeHidden();
  await expect(page.locator('.navbar-sidebar')).toHaveCount(1);
  await context.close();
});

for (const path of ['/docs/layers/dockerfile', '/docs/cncf/maturity', '/docs/glossary', '/blog']) {
  test(`opening ${path} on a phone loads no ICU collator or date formatter, a long task on a slow phone (optimized build)`, async ({
    browser,
  }) => {
    const context = await browser.newContext(PHONE);
    await context.addInitScript(() => {
      const calls: string[] = [];
      Object.defineProperty(window, '__icuCalls', {value: calls});
      const original = String.prototype.localeCompare;
      String.prototype.localeCompare = function (this: string, ...args: Parameters<typeof original>) {
        calls.push(`localeCompare(${String(this)}, ${String(args[0])})`);
        return original.apply(this, args);
      };
      for (const name of ['Collator', 'DateTimeFormat'] as const) {
        const Original = Intl[name];
        // @ts-expect-error: a recording stand-in for the constructor
        Intl[name] = function (...args: unknown[]) {
          calls.push(`Intl.${name}`);
          // @ts-expect-error: forwarded as given
          return new Original(...args);
        };
      }
    });
    const page = await context.newPage();
    await page.goto(path);
    await expectHydrated(page);
    // The phone layout is in place: the docs sidebar went to the menu, whose filler memoizes its props.
    await expect(page.locator('aside .theme-doc-sidebar-menu')).toHaveCount(0);
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
    expect(await page.evaluate(() => (window as unknown as {__icuCalls: string[]}).__icuCalls)).toEqual([]);
    await context.close();
  });
}

test('on a phone, the menu button opens the menu from the keyboard too', async ({browser}) => {
  const {context, page} = await openOnPhone(browser, '/docs/layers/dockerfile');
  await page.locator('.navbar__toggle').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.navbar-sidebar .menu__link[href="/docs/layers/storage"]')).toBeVisible();
  await context.close();
});

test('a doc shows its last-updated date in Korean, the way the theme formats it', async ({page}) => {
  await page.goto('/docs/runtimes/overview');
  const time = page.locator('.theme-last-updated time');
  const iso = await time.getAttribute('datetime');
  expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  const themeFormat = new Intl.DateTimeFormat('ko', {day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC'});
  await expect(time).toHaveText(themeFormat.format(new Date(iso!)));
  await expect(page.locator('.theme-last-updated')).toContainText('최종 수정:');
});

test('the 404 page is Korean and answers with status 404', async ({page}) => {
  const response = await page.goto('/docs/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('페이지를 찾을 수 없습니다');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
});

test('the blog lists at least two Korean posts with authors and tags', async ({page}) => {
  await page.goto('/blog');
  const posts = page.locator('article');
  expect(await posts.count()).toBeGreaterThanOrEqual(2);
  await posts.first().getByRole('heading', {level: 2}).getByRole('link').click();
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('.avatar__name').first()).toBeVisible();
  await expect(page.locator('article a[href^="/blog/tags/"]').first()).toBeVisible();
});

for (const feed of ['/blog/rss.xml', '/blog/atom.xml']) {
  test(`${feed} is a feed with the posts`, async ({request}) => {
    const response = await request.get(feed);
    expect(response.status()).toBe(200);
    const body = await response.text();
    expect(body.startsWith('<?xml')).toBe(true);
    const entries = body.match(feed.includes('rss') ? /<item>/g : /<entry>/g) ?? [];
    expect(entries.length).toBeGreaterThanOrEqual(2);
    expect(body).toContain('컨테이너 기술 문서');
  });
}

test('a blog post links to its own source file and shows when it was last updated', async ({page}) => {
  await page.goto('/blog/2026/11/25/dockershim-runtime-choice');
  await expect(page.getByRole('link', {name: '이 페이지 편집'})).toHaveAttribute(
    'href',
    /\/edit\/main\/blog\/2026-11-25-dockershim-runtime-choice\.md$/,
  );
  await expect(page.locator('.theme-last-updated')).toContainText('최종 수정');
});

test('blog posts show their date in Korean, the way the theme formats it, and the reading time', async ({page}) => {
  await page.goto('/blog');
  const themeFormat = new Intl.DateTimeFormat('ko', {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'});
  const times = page.locator('article header time');
  expect(await times.count()).toBeGreaterThanOrEqual(2);
  for (const time of await times.all()) {
    await expect(time).toHaveText(themeFormat.format(new Date((await time.getAttribute('datetime'))!)));
  }
  await expect(page.locator('article header time').first().locator('..')).toHaveText(/^\d{4}년 \d+월 \d+일 · 약 \d+분$/);
});
