import {existsSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {expect, test, type Page} from '@playwright/test';
import {expectHydrated} from './hydrated';

/**
 * The site built with SEARCH_ENGINE=algolia (npm run build:hosted, into
 * build-hosted/). Its credentials are placeholders and the tests have no
 * network beyond the site: they check that the build starts and shows
 * DocSearch's UI in Korean, never a search Algolia would answer.
 */
const ALGOLIA = /algolia\.net|algolianet\.com|algolia\.io/;

/** Requests to Algolia are refused and counted: none is expected before the reader types. */
async function refuseAlgolia(page: Page): Promise<string[]> {
  const attempts: string[] = [];
  await page.route(ALGOLIA, (route) => {
    attempts.push(route.request().url());
    return route.abort();
  });
  return attempts;
}

test('the hosted search build starts and shows the DocSearch button and dialog in Korean, without reaching Algolia (hosted search build)', async ({
  page,
}) => {
  const attempts = await refuseAlgolia(page);
  await page.goto('/docs/runtimes/overview');
  await expectHydrated(page);
  const button = page.locator('.navbar').getByRole('button', {name: /^검색/});
  await expect(button).toBeVisible();
  await expect(button).toHaveClass(/DocSearch-Button/);
  await expect(button).toContainText('검색');
  // The local box (and its stand-in) are not there.
  await expect(page.locator('.navbar .navbar__search-input')).toHaveCount(0);

  await button.click();
  const modal = page.locator('.DocSearch-Modal');
  await expect(modal).toBeVisible();
  await expect(modal.getByRole('searchbox')).toHaveAttribute('placeholder', '문서 검색');
  await expect(modal.getByRole('button', {name: '취소'})).toBeVisible();
  await expect(modal.getByText('검색 제공')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(modal).toBeHidden();
  expect(attempts).toEqual([]);
});

test('the hosted search build has no local index: no index file, no search worker (hosted search build)', async ({page, request}) => {
  // Playwright runs from the repository's root.
  const build = path.resolve(process.cwd(), 'build-hosted');
  expect(existsSync(path.join(build, 'index.html')), 'npm run build:hosted first').toBe(true);
  const indexes = readdirSync(build, {recursive: true, encoding: 'utf8'}).filter((file) => /(^|\/)search-index.*\.json$/.test(file));
  expect(indexes).toEqual([]);
  expect((await request.get('/search-index.json')).status()).toBe(404);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await refuseAlgolia(page);
  await page.goto('/search?q=%EB%9F%B0%ED%83%80%EC%9E%84');
  await expectHydrated(page);
  expect(workers).toEqual([]);
});

test('the hosted search build gives /search to DocSearch, in Korean, and lets the pages talk to Algolia without reaching it here (hosted search build)', async ({
  page,
  request,
}) => {
  await refuseAlgolia(page);
  await page.goto('/search');
  await expectHydrated(page);
  await expect(page.locator('h1')).toHaveText('문서 검색');
  await expect(page.locator('main, .main-wrapper').first().getByText('Algolia 제공')).toBeVisible();
  const csp = (await request.get('/')).headers()['content-security-policy'] ?? '';
  expect(csp).toMatch(/connect-src 'self' https:\/\/[a-z0-9]+-dsn\.algolia\.net /);
});
