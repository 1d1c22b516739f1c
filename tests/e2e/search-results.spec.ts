import {expect, test, type Page} from '@playwright/test';

const navbarBox = (page: Page) => page.locator('.navbar').getByPlaceholder('검색');
const suggestions = (page: Page) => page.locator('.navbar [role="option"]');
const searchPageBox = (page: Page) => page.locator('main').getByRole('searchbox', {name: '검색어', exact: true});
const pageResults = (page: Page) => page.locator('main article');
const resultStatus = (page: Page) =>
  page
    .locator('main')
    .getByRole('status')
    .filter({hasText: /찾았습니다|없습니다/});
const pathOf = (href: string) => new URL(href, 'http://x').pathname;

async function typeInNavbar(page: Page, query: string): Promise<void> {
  await navbarBox(page).click();
  await navbarBox(page).fill(query);
  await expect(suggestions(page).first()).toBeVisible();
}

test.describe('a query that matched only through a correction', () => {
  test('the navbar box says so first and leads to the search page, which says so and offers the words as typed', async ({page}) => {
    await page.goto('/docs/layers/concepts');
    await typeInNavbar(page, '런타입');
    const notice = suggestions(page).first();
    await expect(notice).toContainText("'런타임'(으)로 찾은 결과입니다");
    await expect(notice).toContainText('검색 페이지에서 입력한 그대로 찾을 수 있습니다');
    // The results under it are the corrected query's.
    await expect(suggestions(page).nth(1)).toContainText('런타임');
    // The notice is chosen first, by Enter as by a click: it opens the search page for the query as typed.
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\?q=%EB%9F%B0%ED%83%80%EC%9E%85$/);
    await expect(searchPageBox(page)).toHaveValue('런타입');
    await expect(page.locator('main').getByText("'런타임'(으)로 찾은 결과입니다.")).toBeVisible();
    await expect(pageResults(page).first().locator('h2 a')).toHaveAttribute('href', /^\/docs\/runtimes\/overview\?/);

    await page.locator('main').getByRole('link', {name: "입력한 그대로 '런타입'(으)로 찾기"}).click();
    await expect(page).toHaveURL(/[?&]literal=1/);
    await expect(page.locator('main').getByText("입력한 그대로 '런타입'(으)로 찾은 결과입니다.")).toBeVisible();
    // From there the corrected reading is one link away.
    await page.locator('main').getByRole('link', {name: "'런타임'(으)로 찾기"}).click();
    await expect(page).not.toHaveURL(/literal=1/);
    await expect(page.locator('main').getByText("'런타임'(으)로 찾은 결과입니다.")).toBeVisible();
  });

  test('a Latin word is corrected too, on the search page and in the navbar box alike', async ({page}) => {
    await page.goto('/search?q=kubernates');
    await expect(page.locator('main').getByText("'kubernetes'(으)로 찾은 결과입니다.")).toBeVisible();
    const onPage = pathOf((await pageResults(page).first().locator('h2 a').getAttribute('href')) ?? '');
    expect(['/docs/cncf/projects', '/docs/cncf/overview']).toContain(onPage);
    await page.goto('/');
    await typeInNavbar(page, 'kubernates');
    await expect(suggestions(page).first()).toContainText("'kubernetes'(으)로 찾은 결과입니다");
    // The first result after the notice is the search page's first.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).pathname).toBe(onPage);
  });

  test('a query found as typed has no notice in either box', async ({page}) => {
    await page.goto('/search?q=런타임');
    await expect(resultStatus(page)).toBeVisible();
    await expect(page.locator('main').getByText('찾은 결과입니다')).toHaveCount(0);
    await typeInNavbar(page, '런타임');
    await expect(suggestions(page).first()).not.toContainText('찾은 결과입니다');
    await expect(suggestions(page).filter({hasText: '찾은 결과입니다'})).toHaveCount(0);
  });

  test('the words typed stay text in the notice', async ({page}) => {
    const query = '<img src=x onerror=alert(1)>런타입';
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`/search?q=${encodeURIComponent(query)}`);
    await expect(page.locator('main').getByText(/\(으\)로 찾은 결과입니다/)).toBeVisible();
    await typeInNavbar(page, query);
    await expect(suggestions(page).first()).toContainText('찾은 결과입니다');
    expect(await page.locator('main img, .navbar [role="listbox"] img').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });
});

test.describe('the search page', () => {
  test('lists a page once, with its matching sections under it', async ({page}) => {
    for (const query of ['runc', '컨테이너', 'CRI-O']) {
      await page.goto(`/search?q=${encodeURIComponent(query)}`);
      await expect(pageResults(page).first()).toBeVisible();
      const pages = await pageResults(page)
        .locator('h2 a')
        .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
      expect(new Set(pages).size, `${query}: a page listed twice`).toBe(pages.length);
      const first = pageResults(page).first();
      const title = (await first.locator('h2').textContent())?.trim();
      const sections = first.getByRole('listitem').getByRole('link');
      expect(await sections.count(), `${query}: sections under the first page`).toBeGreaterThan(0);
      for (const href of await sections.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))) {
        expect(new URL(href).pathname, `${query}: a section of another page`).toBe(pages[0]);
        expect(new URL(href).hash, `${query}: a section without its anchor`).not.toBe('');
      }
      // The page's opening text or a heading named like the page is the page's own entry, not a section.
      expect(await sections.allTextContents(), query).not.toContain(title);
    }
  });

  test('shows no drawing characters in its excerpts', async ({page}) => {
    // The 1.0 edition keeps its diagrams drawn with characters in code blocks: kubelet is named only in its runtimes' call
    // chain, and a layer's going with its container only beside the layer stack.
    for (const query of ['kubelet', '함께 사라짐']) {
      await page.goto(`/search?q=${encodeURIComponent(query)}&version=docs/1.0/`);
      await expect(pageResults(page).first()).toBeVisible();
      const text = await page.locator('main section').innerText();
      expect(text, query).not.toMatch(/[\u2500-\u25FF]/);
    }
  });

  test('searches the docs version it is asked for, and says which', async ({page}) => {
    await page.goto('/search?q=레이어&version=docs/1.0/');
    const version = page.locator('main').getByLabel('문서 판');
    await expect(version).toHaveValue('docs/1.0/');
    await expect(pageResults(page).first()).toBeVisible();
    const docs = (
      await pageResults(page)
        .locator('h2 a')
        .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname))
    ).filter((p) => p.startsWith('/docs'));
    expect(docs.length).toBeGreaterThan(0);
    expect(docs.filter((p) => !/^\/docs\/1\.0(\/|$)/.test(p))).toEqual([]);
    await version.selectOption({label: '2.0 (최신)'});
    await expect(page).not.toHaveURL(/version=/);
    await expect.poll(() => pageResults(page).locator('h2 a').first().getAttribute('href')).not.toMatch(/^\/docs\/1\.0(\/|$|\?)/);
  });

  test('marks the matched words in a colour made for each mode, not the browser yellow', async ({page}) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({colorScheme});
      await page.goto('/search?q=runc');
      const mark = page.locator('main article mark').first();
      await expect(mark).toBeVisible();
      const {background, color, text} = await mark.evaluate((element) => {
        const style = getComputedStyle(element);
        return {background: style.backgroundColor, color: style.color, text: getComputedStyle(element.parentElement!).color};
      });
      expect(background, colorScheme).not.toBe('rgb(255, 255, 0)');
      expect(color, `${colorScheme}: the mark keeps the text colour`).toBe(text);
      if (colorScheme === 'dark') {
        // A dark background under light text: no bright block on a dark page.
        const channels = background.match(/\d+/g)!.slice(0, 3).map(Number);
        expect(Math.max(...channels), background).toBeLessThan(128);
      }
    }
  });
});
