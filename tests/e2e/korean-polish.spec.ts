import {expect, test, type Page} from '@playwright/test';
import {expectHydrated} from './hydrated';
import {openOnPhone, PHONE} from './phone';

// What a Korean reader notices around the prose (issue 19): raw Markdown,
// words broken mid-word, Korean set in italics, English and awkward UI text,
// links told apart by colour alone, the code blocks on a phone, the 404 page.

/** Elements on the page whose own text has Hangul and which the browser sets in italics. */
const italicKorean = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const found: string[] = [];
    for (const element of Array.from(document.body.querySelectorAll('*'))) {
      const own = Array.from(element.childNodes)
        .filter((node) => node.nodeType === Node.TEXT_NODE)
        .map((node) => node.textContent)
        .join('');
      if (/\p{Script=Hangul}/u.test(own) && getComputedStyle(element).fontStyle !== 'normal')
        found.push(`<${element.localName}> ${own.trim().slice(0, 40)}`);
    }
    return found;
  });

test('emphasis next to Hangul is bold, not asterisks', async ({page}) => {
  await page.goto('/docs/runtimes/overview');
  await expect(page.locator('.theme-doc-markdown strong', {hasText: '파드 샌드박스(pod sandbox)'})).toBeVisible();
  expect(await page.locator('.theme-doc-markdown p').allInnerTexts()).not.toContainEqual(expect.stringContaining('**'));
});

for (const [what, path] of [
  ['a doc with its footer', '/docs/runtimes/overview'],
  ['a doc with code comments in Korean', '/docs/networking/kubernetes'],
  ['a blog post', '/blog/2026/11/25/dockershim-runtime-choice'],
  ['the search page', '/search?q=컨테이너'],
] as const) {
  test(`no Korean is set in italics on ${what}`, async ({page}) => {
    await page.goto(path);
    await expectHydrated(page);
    if (path.startsWith('/search')) await expect(page.locator('.main-wrapper article').first()).toBeVisible();
    expect(await italicKorean(page)).toEqual([]);
  });
}

test('the last-updated line reads "최종 수정: date · name", upright', async ({page}) => {
  await page.goto('/docs/runtimes/overview');
  const line = page.locator('.theme-last-updated');
  await expect(line).toHaveText(/^최종 수정: \d{4}년 \d{1,2}월 \d{1,2}일 · \S.*$/);
  await expect(line).toHaveCSS('font-style', 'normal');
});

test('the blog speaks Korean: "최근 글", the author once, no "Copyright"', async ({page}) => {
  await page.goto('/blog/2026/11/25/dockershim-runtime-choice');
  await expect(page.getByRole('navigation', {name: /블로그/}).first()).toContainText('최근 글');
  await expect(page.locator('body')).not.toContainText('Recent posts');
  await expect(page.locator('article header')).toContainText('컨테이너 기술 문서 편집팀');
  expect((await page.locator('article header').innerText()).match(/편집팀/g)).toHaveLength(1);
  await expect(page.locator('.footer__copyright')).toHaveText(/^© \d{4} 컨테이너 기술 문서 기여자\./);
});

test('Korean wraps between words everywhere: blog sidebar, table of contents, footer', async ({browser}) => {
  const {context, page} = await openOnPhone(browser, '/blog/2026/11/25/dockershim-runtime-choice');
  for (const selector of ['.footer', 'nav[aria-label] a[href^="/blog/"]', '.theme-doc-markdown, article']) {
    await expect(page.locator(selector).first()).toHaveCSS('word-break', 'keep-all');
  }
  await context.close();
  const desktop = await browser.newPage();
  await desktop.goto('/blog/2026/11/25/dockershim-runtime-choice');
  await expect(desktop.locator('.table-of-contents a').first()).toHaveCSS('word-break', 'keep-all');
  await expect(desktop.locator('aside a[href^="/blog/"]').first()).toHaveCSS('word-break', 'keep-all');
  await desktop.close();
});

test('inline code keeps command-line options on one line, in tables too, on a phone', async ({browser}) => {
  const {context, page} = await openOnPhone(browser, '/docs/storage/docker-mounts');
  expect(await page.locator('td code .code-unbroken').count()).toBeGreaterThan(0);
  const broken = await page
    .locator('.theme-doc-markdown code .code-unbroken')
    .evaluateAll((spans) => spans.filter((span) => span.getClientRects().length > 1).map((span) => span.textContent));
  expect(broken).toEqual([]);
  // The text is the code: the spans add no characters, and the code stays inline.
  const option = page.locator('td code', {hasText: '--mount'}).first();
  await expect(option).toHaveText('--mount');
  await expect(option).toHaveCSS('display', 'inline');
  await context.close();
});

test('links in table cells are underlined, not told apart by colour alone', async ({page}) => {
  await page.goto('/docs/');
  const link = page.locator('td a[href="#reading-path"]');
  await expect(link).toHaveCSS('text-decoration-line', 'underline');
});

test('the blog archive in dark mode has no light block and no repeated heading', async ({browser}) => {
  const context = await browser.newContext({colorScheme: 'dark'});
  const page = await context.newPage();
  await page.goto('/blog/archive');
  const header = page.locator('header.hero');
  const background = await header.evaluate((element) => getComputedStyle(element).backgroundColor);
  const [r, g, b] = background.match(/\d+/g)!.map(Number) as [number, number, number];
  expect(0.2126 * r + 0.7152 * g + 0.0722 * b, `header background ${background}`).toBeLessThan(80);
  const title = await header.locator('h1').innerText();
  expect(await header.locator('p').innerText()).not.toBe(title);
  await context.close();
});

test('on a touch screen the copy button of a code block is visible and reachable without touching the block', async ({browser}) => {
  const context = await browser.newContext({...PHONE, permissions: ['clipboard-read', 'clipboard-write']});
  const page = await context.newPage();
  await page.goto('/docs/layers/dockerfile');
  await expectHydrated(page);
  const block = page.locator('.theme-code-block').first();
  await block.scrollIntoViewIfNeeded();
  const copy = block.getByRole('button', {name: '클립보드에 코드 복사'});
  await expect(copy).toBeVisible();
  await expect(copy).toHaveCSS('opacity', '1');
  const box = (await copy.boundingBox())!;
  expect(box.width).toBeGreaterThanOrEqual(24);
  expect(box.height).toBeGreaterThanOrEqual(24);
  expect(box.x + box.width).toBeLessThanOrEqual(PHONE.viewport!.width);
  const code = await block.locator('.token-line').evaluateAll((lines) => lines.map((line) => line.textContent).join('\n'));
  await copy.tap();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
  await context.close();
});

test('with a mouse, the copy button still waits for the pointer', async ({page}) => {
  await page.goto('/docs/layers/dockerfile');
  await expectHydrated(page);
  const block = page.locator('.theme-code-block').first();
  await expect(block.getByRole('button', {name: '클립보드에 코드 복사'})).toHaveCSS('opacity', '0');
});

test('program output is labelled as output above its block, and commands are not', async ({page}) => {
  await page.goto('/docs/networking/drivers');
  const blocks = page.locator('.theme-code-block');
  const titles = await blocks.evaluateAll((all) =>
    all.map((block) => ({
      language: Array.from(block.classList).find((name) => name.startsWith('language-')) ?? '',
      title: block.querySelector('[class*="codeBlockTitle"]')?.textContent?.trim() ?? '',
    })),
  );
  const outputs = titles.filter(({title}) => title === '출력' || title === '출력 예시');
  expect(outputs.length).toBeGreaterThanOrEqual(3);
  for (const output of outputs) expect(output.language).not.toBe('language-bash');
  expect(titles.filter(({language}) => language === 'language-bash').map(({title}) => title)).not.toContain('출력 예시');
  await expect(page.getByText('출력 예시', {exact: true}).first()).toBeVisible();
});

test("the home page links each area card's topics to their pages", async ({page}) => {
  await page.goto('/');
  const card = page.locator('li', {has: page.getByRole('heading', {name: '컨테이너 런타임'})});
  await expect(card.getByRole('link', {name: 'containerd'})).toHaveAttribute('href', '/docs/runtimes/containerd');
  const topics = page.locator('main ul ul a');
  expect(await topics.count()).toBeGreaterThanOrEqual(20);
  await card.getByRole('link', {name: 'CRI-O'}).click();
  await expect(page).toHaveURL(/\/docs\/runtimes\/cri-o$/);
});

test('on a phone the home search box shows its whole placeholder, and the button is as tall as the box', async ({browser}) => {
  const {context, page} = await openOnPhone(browser, '/');
  const form = page.getByRole('search').filter({has: page.getByRole('searchbox', {name: '문서 검색'})});
  const input = form.getByRole('searchbox');
  const button = form.getByRole('button', {name: '검색'});
  const [inputBox, buttonBox] = [(await input.boundingBox())!, (await button.boundingBox())!];
  expect(Math.abs(inputBox.height - buttonBox.height)).toBeLessThanOrEqual(1);
  const fits = await input.evaluate((element: HTMLInputElement) => {
    const style = getComputedStyle(element);
    const context = document.createElement('canvas').getContext('2d')!;
    context.font = `${style.fontSize} ${style.fontFamily}`;
    const room = element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return {text: context.measureText(element.placeholder).width, room};
  });
  expect(fits.text).toBeLessThanOrEqual(fits.room);
  await context.close();
});

test('the 404 page is Korean and offers search, the areas, the glossary and a report link', async ({page}) => {
  const response = await page.goto('/docs/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('페이지를 찾을 수 없습니다');
  for (const area of ['컨테이너', '컨테이너 런타임', '이미지 레이어', '스토리지', '네트워크', '보안', 'CNCF']) {
    await expect(page.locator('main').getByRole('link', {name: area, exact: true})).toBeVisible();
  }
  await expect(page.locator('main').getByRole('link', {name: '용어집'})).toHaveAttribute('href', '/docs/glossary');
  await expect(page.locator('main').getByRole('link', {name: '오류 신고'})).toBeVisible();
  // React draws the 404 page anew as it starts (the server's page is not reused at a missing address),
  // so text typed before then is lost; the test types into the page that stays.
  await expectHydrated(page);
  await page.getByRole('searchbox', {name: '문서 검색'}).fill('overlay2');
  await page.getByRole('searchbox', {name: '문서 검색'}).press('Enter');
  await expect(page).toHaveURL(/\/search\?q=overlay2$/);
});

test("the 404 page's search box works without JavaScript", async ({browser}) => {
  const context = await browser.newContext({javaScriptEnabled: false});
  const page = await context.newPage();
  await page.goto('/no-such-page');
  const form = page.getByRole('search').filter({has: page.getByRole('searchbox', {name: '문서 검색'})});
  await form.getByRole('searchbox').fill('runc');
  await form.getByRole('button', {name: '검색'}).click();
  await expect(page).toHaveURL(/\/search\?q=runc$/);
  await context.close();
});
