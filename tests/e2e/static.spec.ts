import {expect, test, type Page} from '@playwright/test';
import {pages} from './site-map';
import {expectHydrated} from './hydrated';

// Doc bodies reach the browser once, as the server's HTML (src/optimizations/static-doc-bodies).

/** Marks the loaded document, so that a test can tell a client-side navigation from a page load. */
const markDocument = (page: Page) => page.evaluate(() => Object.assign(window, {sameDocument: true}));
const isSameDocument = (page: Page) => page.evaluate(() => (window as {sameDocument?: boolean}).sameDocument === true);

/** Script text as the engine reads it: minifiers write Hangul as \\uXXXX escapes. */
const unescaped = (script: string): string =>
  script.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

test("a doc body is in the HTML and in none of the page's scripts (optimized build)", async ({page}) => {
  const scripts: Promise<string>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.text());
  });
  await page.goto('/docs/runtimes/overview');
  await expectHydrated(page);
  await page.waitForLoadState('networkidle');
  // Sentences from paragraphs of plain text only, so that no markup splits them in the module's JSX.
  const sentences = await page.locator('article .markdown > p').evaluateAll((paragraphs) =>
    paragraphs
      .filter((p) => Array.from(p.childNodes).every((node) => node.nodeType === Node.TEXT_NODE))
      .map((p) => p.textContent!.slice(0, 30))
      .slice(0, 3),
  );
  expect(sentences).toHaveLength(3);
  const bodies = (await Promise.all(scripts)).map(unescaped);
  expect(bodies.length).toBeGreaterThan(3);
  for (const sentence of sentences)
    expect(
      bodies.filter((body) => body.includes(sentence)),
      sentence,
    ).toEqual([]);
});

test("every CSS module class a doc body uses has its rules in the page's stylesheet", async ({page}) => {
  for (const path of [
    '/docs/cncf/maturity',
    '/docs/cncf/projects',
    '/docs/glossary',
    '/docs/layers/storage',
    '/docs/layers/dockerfile',
    '/docs/1.0/cncf/projects',
  ]) {
    await page.goto(path);
    const missing = await page.evaluate(() => {
      const selectors = Array.from(document.styleSheets)
        .flatMap((sheet) => Array.from(sheet.cssRules))
        .flatMap(function texts(rule): string[] {
          return rule instanceof CSSGroupingRule ? Array.from(rule.cssRules).flatMap(texts) : [rule.cssText];
        })
        .join('\n');
      // CSS module classes end in an underscore and a four-character hash (docusaurus's localIdentName).
      const classes = new Set(
        Array.from(document.querySelectorAll('.theme-doc-markdown [class]')).flatMap((element) =>
          Array.from(element.classList).filter((name) => /^[A-Za-z][\w-]*_[\w-]{4}$/.test(name)),
        ),
      );
      return [...classes].filter((name) => !selectors.includes(`.${name}`));
    });
    expect(missing, path).toEqual([]);
  }
});

test('a link in a doc body opens the next doc without loading a page, and Back returns', async ({page}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/docs/runtimes');
  await expectHydrated(page);
  await markDocument(page);
  const next = pages.find(({path}) => path === '/docs/runtimes/containerd')!;
  await page.locator(`article .markdown a[href="${next.path}"]`).first().click();
  await expect(page).toHaveURL(new RegExp(`${next.path}$`));
  await expect(page.locator('h1')).toHaveText(next.h1);
  await expect(page.locator('article h2#references')).toHaveText(/참고 자료/);
  // Its contents list comes from the doc's own module, its terms work like the loaded page's.
  await expect(page.locator('.table-of-contents a[href="#references"]').first()).toBeAttached();
  const trigger = page.locator('article [data-term]').first();
  await trigger.focus();
  await expect(page.locator(`[id="${await trigger.getAttribute('aria-describedby')}"]`)).toBeVisible();
  expect(await isSameDocument(page)).toBe(true);

  await page.goBack();
  await expect(page.locator('h1')).toHaveText('컨테이너 런타임');
  await page.goForward();
  await expect(page.locator('h1')).toHaveText(next.h1);
  expect(await isSameDocument(page)).toBe(true);
  expect(errors).toEqual([]);
});

test("when the next doc's body cannot be fetched, its page is loaded the ordinary way (optimized build)", async ({page}) => {
  await page.goto('/docs/runtimes');
  await expectHydrated(page);
  await page.route('**/docs/runtimes/containerd', (route) =>
    route.request().resourceType() === 'fetch' ? route.abort('internetdisconnected') : route.continue(),
  );
  await markDocument(page);
  await page.locator('article .markdown a[href="/docs/runtimes/containerd"]').first().click();
  await expect(page.locator('h1')).toHaveText('containerd');
  expect(await isSameDocument(page)).toBe(false);
});
