import {expect, test, type Page} from '@playwright/test';
import {expectHydrated} from './hydrated';
import {pages} from './site-map';

// "오류 신고": every doc page of both editions, every blog post and the 404 page
// link to the repository's issue form, filled in from the link's query
// (src/plugins/report-problem, .github/ISSUE_TEMPLATE/doc-error.yml).

const SITE = 'https://container-docs-ko.github.io';
const FORM = 'https://github.com/container-docs-ko/container-docs/issues/new';

/** The report link's form fields, by the query parameter that fills each. */
async function reportFields(page: Page): Promise<Record<string, string>> {
  const link = page.getByRole('link', {name: '오류 신고', exact: true});
  await expect(link).toHaveCount(1);
  const href = new URL((await link.getAttribute('href'))!);
  expect(`${href.origin}${href.pathname}`).toBe(FORM);
  return Object.fromEntries(href.searchParams);
}

test('a current doc page reports itself: title, URL, edition and the build commit', async ({page}) => {
  await page.goto('/docs/runtimes/overview');
  await expectHydrated(page);
  expect(await reportFields(page)).toEqual({
    template: 'doc-error.yml',
    title: '[문서 오류] 컨테이너 런타임이란',
    page: `${SITE}/docs/runtimes/overview`,
    'page-title': '컨테이너 런타임이란',
    version: '2.0 (최신)',
    commit: expect.stringMatching(/^[0-9a-f]{40}$/) as unknown as string,
  });
  // Outside the doc body: the page's Markdown copy and search text never carry it.
  await expect(page.locator('.theme-doc-markdown [data-report-problem]')).toHaveCount(0);
});

test('an archived page reports its own edition and URL', async ({page}) => {
  await page.goto('/docs/1.0/layers/storage');
  const fields = await reportFields(page);
  expect(fields.page).toBe(`${SITE}/docs/1.0/layers/storage`);
  expect(fields.version).toBe('1.0 (초판)');
  expect(fields['page-title']).toBe(await page.locator('h1').innerText());
  expect(fields.commit).toMatch(/^[0-9a-f]{40}$/);
});

test('a blog post reports itself as a blog post; the list of posts has no report links', async ({page}) => {
  await page.goto('/blog/2026/11/25/dockershim-runtime-choice');
  const fields = await reportFields(page);
  expect(fields.page).toBe(`${SITE}/blog/2026/11/25/dockershim-runtime-choice`);
  expect(fields.version).toBe('블로그 글');
  expect(fields['page-title']).toBe(await page.locator('h1').innerText());
  await page.goto('/blog');
  await expect(page.locator('[data-report-problem]')).toHaveCount(0);
});

test('every doc page of both editions has the report link, naming the page, in its server HTML', async ({request}) => {
  const archived = ['/docs/1.0', '/docs/1.0/runtimes/overview', '/docs/1.0/layers/storage', '/docs/1.0/cncf/maturity'];
  for (const path of [...pages.map((page) => page.path), ...archived]) {
    const html = await (await request.get(path)).text();
    const href = /<a [^>]*href="([^"]+)"[^>]*data-report-problem=""/.exec(html)?.[1];
    expect(href, `${path} has no 오류 신고 link`).toBeDefined();
    const query = new URL(href!.replaceAll('&amp;', '&')).searchParams;
    // As readers open it: no trailing slash (trailingSlash: false), an area's index (/docs/containers/) included.
    expect(query.get('page'), path).toBe(`${SITE}${path.replace(/\/$/, '')}`);
  }
});

test('the 404 page reports the address the reader opened', async ({page}) => {
  await page.goto('/docs/runtimes/no-such-page');
  await expectHydrated(page);
  await expect.poll(async () => (await reportFields(page)).page).toBe(new URL('/docs/runtimes/no-such-page', page.url()).href);
  const fields = await reportFields(page);
  expect(fields.problem).toContain('페이지가 없었습니다');
  expect(fields.commit).toMatch(/^[0-9a-f]{40}$/);
});
