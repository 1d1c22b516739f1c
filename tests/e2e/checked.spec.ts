import {readFileSync} from 'node:fs';
import path from 'node:path';
import {expect, test} from '@playwright/test';
import yaml from 'js-yaml';
import {checkedLine, readChecked} from '../../src/data/checked';
import {expectHydrated} from './hydrated';
import {pages} from './site-map';

// Every current doc shows when it was last checked against its sources and
// what it describes (checked_on, checked_versions), above its title and
// outside the doc body, which the production build keeps as server HTML.

// Playwright runs from the repository root (playwright.config.ts).
const root = process.cwd();

/** The line a doc's own front matter asks for, read the way the site reads it. */
function expectedLine(file: string): string {
  const source = readFileSync(path.join(root, file), 'utf8');
  const frontMatter = yaml.load(/^---\n([\s\S]*?)\n---\n/.exec(source)![1]!) as Record<string, unknown>;
  const {checked, problems} = readChecked(frontMatter);
  expect(problems, file).toEqual([]);
  return checkedLine(checked!);
}

const LINE = 'p[data-checked-on]';

test('a doc shows its checked line above its title, in the server HTML and after hydration', async ({page, request}) => {
  const expected = expectedLine('docs/runtimes/containerd.md');
  expect(expected).toMatch(/^\d{4}년 \d{1,2}월 기준 · .*containerd/);

  // The server's HTML already has it, before any script runs.
  const html = await (await request.get('/docs/runtimes/containerd')).text();
  expect(html).toContain('data-checked-on=');

  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto('/docs/runtimes/containerd');
  await expectHydrated(page);
  const line = page.locator(`article ${LINE}`);
  await expect(line).toHaveCount(1);
  await expect(line).toHaveText(expected);
  await expect(line.locator('time')).toHaveAttribute('dateTime', /^\d{4}-\d{2}-\d{2}$/);
  // Outside the doc body (the element src/optimizations/static-doc-bodies keeps), and before the page's only h1.
  expect(await line.evaluate((element) => element.closest('.theme-doc-markdown') === null)).toBe(true);
  const order = await page.evaluate((selector) => {
    const lineElement = document.querySelector(`article ${selector}`)!;
    const h1 = document.querySelector('article h1')!;
    return lineElement.compareDocumentPosition(h1) & Node.DOCUMENT_POSITION_FOLLOWING;
  }, LINE);
  expect(order).toBeTruthy();
  expect(errors).toEqual([]);
});

test("a client-side navigation shows the next doc's own line", async ({page}) => {
  await page.goto('/docs/runtimes');
  await expectHydrated(page);
  await expect(page.locator(`article ${LINE}`)).toHaveText(expectedLine('docs/runtimes/index.md'));
  await page.locator('article .markdown a[href="/docs/runtimes/runc"]').first().click();
  await expect(page).toHaveURL(/\/docs\/runtimes\/runc$/);
  await expect(page.locator('h1')).toHaveText('runc');
  await expect(page.locator(`article ${LINE}`)).toHaveText(expectedLine('docs/runtimes/runc.md'));
});

test('every current doc shows a line, and the archived edition shows none', async ({page}) => {
  for (const {path: url} of pages) {
    await page.goto(url);
    await expect(page.locator(`article ${LINE}`), url).toHaveText(/^\d{4}년 \d{1,2}월 기준 · \S/);
  }
  await page.goto('/docs/1.0/runtimes/overview');
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator(LINE)).toHaveCount(0);
});
