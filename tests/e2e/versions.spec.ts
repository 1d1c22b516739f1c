import {expect, test, type Page} from '@playwright/test';

const dropdown = (page: Page) => page.locator('.navbar .dropdown').filter({has: page.locator('a[href^="/docs/1.0"]')});

test('the version dropdown lists both editions and switches to the same page', async ({page}) => {
  await page.goto('/docs/layers/dockerfile');
  const menu = dropdown(page);
  await menu.hover();
  const links = menu.locator('.dropdown__menu a');
  await expect(links).toHaveText([/2\.0/, /1\.0/]);
  await links.filter({hasText: '1.0'}).click();
  await expect(page).toHaveURL(/\/docs\/1\.0\/layers\/dockerfile$/);
  await expect(page.locator('h1')).toHaveText('Dockerfile과 레이어 구성');

  await dropdown(page).hover();
  await dropdown(page).locator('.dropdown__menu a').filter({hasText: '2.0'}).click();
  await expect(page).toHaveURL(/\/docs\/layers\/dockerfile$/);
});

test('a 1.0 page says it is an older edition and links to the same page in the latest', async ({page}) => {
  await page.goto('/docs/1.0/cncf/projects');
  const banner = page.locator('.theme-doc-version-banner');
  await expect(banner).toContainText('1.0');
  await banner.getByRole('link').click();
  await expect(page).toHaveURL(/\/docs\/cncf\/projects$/);
  await expect(page.locator('.theme-doc-version-banner')).toHaveCount(0);
});

test('1.0 pages are kept out of search engines and the sitemap, latest pages are not', async ({page, request}) => {
  await page.goto('/docs/1.0/runtimes/overview');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await page.goto('/docs/runtimes/overview');
  await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).not.toContain('/docs/1.0');
  expect(sitemap).toContain('/docs/runtimes/overview');
});

test('the edit link on a 1.0 page opens the file to edit in the latest edition, and says so', async ({page}) => {
  await page.goto('/docs/1.0/layers/storage');
  await expect(page.getByRole('link', {name: '이 페이지 편집'})).toHaveCount(0);
  await expect(page.getByRole('link', {name: '최신판(2.0) 원본 편집'})).toHaveAttribute(
    'href',
    /\/edit\/main\/docs\/layers\/storage\.mdx?$/,
  );
  await page.goto('/docs/layers/storage');
  await expect(page.getByRole('link', {name: '이 페이지 편집'})).toHaveAttribute('href', /\/edit\/main\/docs\/layers\/storage\.mdx?$/);
});

test('the 1.0 banner names the archived edition and links to the latest without nested brackets', async ({page}) => {
  await page.goto('/docs/1.0/layers/storage');
  const banner = page.locator('.theme-doc-version-banner');
  await expect(banner).toContainText('1.0 (초판)은 보관된 판으로, 더는 고치지 않습니다.');
  await expect(banner.getByRole('link', {name: '최신판'})).toHaveAttribute('href', '/docs/layers/storage');
  expect(await banner.innerText()).not.toMatch(/\([^)]*\(/);
});

async function searchPageResults(page: Page, from: string, query: string): Promise<string[]> {
  await page.goto(from);
  const box = page.locator('.navbar').getByPlaceholder('검색');
  await box.click();
  await box.pressSequentially(query);
  await page.locator('.navbar [role="listbox"]').getByText('결과 모두 보기').click();
  await expect(page).toHaveURL(/\/search\/?\?/);
  // The URL changes before the search page's code has arrived, and until then the doc page, whose headings have links too, stays.
  await expect(page.locator('.main-wrapper input[type="search"]')).toHaveValue(query);
  const results = page.locator('.main-wrapper article h2 a');
  await expect(results.first()).toBeVisible();
  return results.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
}

test('search on a 1.0 page searches 1.0 only, and on a latest page the latest only', async ({page}) => {
  const old = (await searchPageResults(page, '/docs/1.0/layers/concepts', '레이어')).filter((p) => p.startsWith('/docs'));
  expect(old.length).toBeGreaterThan(0);
  expect(old.filter((p) => !/^\/docs\/1\.0(\/|$)/.test(p))).toEqual([]);

  const latest = (await searchPageResults(page, '/docs/layers/concepts', '레이어')).filter((p) => p.startsWith('/docs'));
  expect(latest.length).toBeGreaterThan(0);
  expect(latest.filter((p) => /^\/docs\/1\.0(\/|$)/.test(p))).toEqual([]);
});
