import {expect, test} from '@playwright/test';
import {pages} from './site-map';

test.describe('information architecture', () => {
  for (const {path, h1} of pages) {
    test(`${path} shows "${h1}" in Korean with a references section`, async ({page}) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });

      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('h1')).toHaveText(h1);
      await expect(page.locator('article h2#references')).toHaveText(/참고 자료/);
      const referenceLinks = page.locator('article h2#references ~ ul a[href^="https://"]');
      expect(await referenceLinks.count()).toBeGreaterThan(0);
      // The seed's bracketed citations had no reference list; none may survive.
      const prose = await page.locator('article :is(p, li, td)').allInnerTexts();
      expect(prose.filter((text) => /\[\d\](?!\()/.test(text))).toEqual([]);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${path.replace(/\/$/, '')}$`));
      await page.waitForLoadState('networkidle');
      expect(errors).toEqual([]);
    });
  }

  test('each page has one canonical URL and redirects at most once', async ({request}) => {
    for (const {path} of pages) {
      const canonical = path.replace(/\/$/, '');
      const other = path.endsWith('/') ? canonical : `${path}/`;
      const direct = await request.get(canonical, {maxRedirects: 0});
      expect(direct.status(), canonical).toBe(200);
      const viaOther = await request.get(other, {maxRedirects: 0});
      if (viaOther.status() !== 200) {
        expect([301, 308], other).toContain(viaOther.status());
        const location = new URL(viaOther.headers()['location'] ?? '', 'http://x').pathname;
        expect(location, other).toBe(canonical);
      }
    }
  });

  test('the sidebar lists every area plus 시작하기 and 용어집', async ({page}) => {
    await page.goto('/docs/');
    const sidebar = page.locator('nav[aria-label="문서 사이드바"], .theme-doc-sidebar-menu').first();
    for (const label of ['시작하기', '컨테이너', '컨테이너 런타임', '이미지 레이어', '스토리지', '네트워크', '보안', 'CNCF', '용어집']) {
      await expect(sidebar.getByRole('link', {name: label, exact: true}).first()).toBeVisible();
    }
  });

  test('the home page introduces every area and offers search', async ({page}) => {
    await page.goto('/');
    await expect(page.locator('h1')).toHaveText('컨테이너 기술 문서');
    for (const area of ['컨테이너', '컨테이너 런타임', '이미지 레이어', '스토리지', '네트워크', '보안', 'CNCF']) {
      await expect(page.getByRole('link', {name: area, exact: true}).first()).toBeVisible();
    }
    await page.getByLabel('문서 검색').fill('overlay2');
    await page.getByLabel('문서 검색').press('Enter');
    await expect(page).toHaveURL(/\/search\?q=overlay2/);
    await expect(page.locator('.main-wrapper a[href^="/docs/layers/storage"]').first()).toBeVisible();
  });

  test('docs link to their source file and show when they were last updated', async ({page}) => {
    await page.goto('/docs/runtimes/containerd');
    const edit = page.getByRole('link', {name: '이 페이지 편집'});
    await expect(edit).toHaveAttribute('href', /\/edit\/main\/docs\/runtimes\/containerd\.mdx?$/);
    await expect(page.locator('.theme-last-updated')).toContainText('최종 수정');
  });

  test('the footer links to the areas, the blog, the source and the license', async ({page}) => {
    await page.goto('/');
    const footer = page.locator('footer');
    for (const name of ['컨테이너', '컨테이너 런타임', '이미지 레이어', '스토리지', '네트워크', '보안', 'CNCF', '블로그']) {
      await expect(footer.getByRole('link', {name, exact: true})).toBeVisible();
    }
    await expect(footer.getByRole('link', {name: /소스 저장소/})).toHaveAttribute('href', /^https:\/\/github\.com\//);
    await expect(footer.getByRole('link', {name: /CC BY 4\.0/})).toBeVisible();
  });

  test('a link that opens a new tab says so in Korean', async ({page}) => {
    await page.goto('/');
    await expect(page.locator('footer').getByRole('link', {name: /^소스 저장소\s*\(새 탭에서 열림\)$/})).toBeVisible();
    await expect(page.getByLabel('(opens in new tab)')).toHaveCount(0);
  });
});
