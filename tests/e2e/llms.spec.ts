import {expect, test} from '@playwright/test';
import {expectHydrated} from './hydrated';
import {openOnPhone} from './phone';
import {pages} from './site-map';

// The copies for tools and readers (src/plugins/llms): /llms.txt, /llms-full.txt,
// a Markdown copy of every current page, and the control that offers it.

const SITE = 'https://container-docs-ko.github.io';
const markdownPath = (path: string): string => `${path.replace(/\/+$/, '')}.md`;

test('llms.txt lists every page of the current edition, by area, and no page of the archived one', async ({request}) => {
  const response = await request.get('/llms.txt');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('text/plain; charset=utf-8');
  expect(response.headers()['cache-control']).toBe('no-cache');
  expect(response.headers()['etag']).toBeTruthy();
  const text = await response.text();
  expect(text).toMatch(/^# 컨테이너 기술 문서\n\n> .+\n/);
  for (const area of ['## 컨테이너', '## 컨테이너 런타임', '## 이미지 레이어', '## CNCF']) expect(text).toContain(`\n${area}\n`);
  for (const {path, h1} of pages) {
    expect(text, path).toMatch(new RegExp(`^- \\[${h1.replace(/[()[\]]/g, '\\$&')}\\]\\(${SITE}${markdownPath(path)}\\): \\S.+$`, 'm'));
  }
  expect(text.match(/^- \[/gm)).toHaveLength(pages.length);
  expect(text).not.toContain('/docs/1.0');
});

test('llms-full.txt holds the text of every current page and nothing of the archived edition', async ({request}) => {
  const response = await request.get('/llms-full.txt', {headers: {'Accept-Encoding': 'br'}});
  expect(response.headers()['content-type']).toBe('text/plain; charset=utf-8');
  expect(response.headers()['content-encoding']).toBe('br');
  const text = await response.text();
  for (const {h1} of pages) expect(text, h1).toContain(`\n# ${h1}\n`);
  expect(text).toContain('고수준 컨테이너 런타임(high-level container runtime)');
  // One copy per current page; the start page may link to the archive, but no archived page is copied.
  const sources = text.match(/^원본 페이지: \S+$/gm) ?? [];
  expect(sources).toHaveLength(pages.length);
  expect(sources.filter((line) => line.includes('/docs/1.0'))).toEqual([]);
});

test('every current page has a Markdown copy, served as text/markdown and revalidated; archived pages have none', async ({request}) => {
  for (const {path, h1} of pages) {
    const response = await request.get(markdownPath(path));
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type'], path).toBe('text/markdown; charset=utf-8');
    expect(response.headers()['cache-control'], path).toBe('no-cache');
    expect(response.headers()['etag'], path).toBeTruthy();
    expect(response.headers()['x-content-type-options'], path).toBe('nosniff');
    const text = await response.text();
    expect(text.startsWith(`# ${h1}\n\n> `), path).toBe(true);
    expect(text, path).toContain(`원본 페이지: ${SITE}${path.replace(/(.)\/$/, '$1')}\n`);
    expect(text, path).not.toMatch(/<(span|div|button|svg)\b|\u200b|자세히 보기|클립보드/);
  }
  expect((await request.get('/docs/1.0/runtimes/overview.md')).status()).toBe(404);
  expect((await request.get('/docs/1.0.md')).status()).toBe(404);
});

test('the copies render terms, code, figures and the CNCF table as text', async ({request}) => {
  const containerd = await (await request.get('/docs/runtimes/containerd.md')).text();
  expect(containerd).toContain('containerd는 업계 표준으로 자리 잡은 고수준 컨테이너 런타임(high-level container runtime)입니다.');
  expect(containerd).toMatch(/^```bash\nsudo ctr -n moby containers ls\n```$/m);
  expect(await (await request.get('/docs/runtimes/cri-o.md')).text()).toContain('```toml title="/etc/crio/crio.conf.d/20-custom.conf"\n');
  expect(await (await request.get('/docs/layers/storage.md')).text()).toMatch(/^> \*\*경고\*\*\n>\n> `\/var\/lib\/docker`/m);

  const maturity = await (await request.get('/docs/cncf/maturity.md')).text();
  expect(maturity).toContain(
    '| 프로젝트 | 분야 | 설명 | 단계 | 합류(Accepted) | 인큐베이팅(Incubating) | 졸업(Graduated) | 보관(Archived) |\n| --- |',
  );
  expect(maturity).toMatch(
    /^\| \[containerd\]\(https:\/\/containerd\.io\/?\) \| 런타임 › 컨테이너 런타임 \| .* \| 졸업\(Graduated\) \| 2017-03-29 \| .+ \| 2019-02-28 \| \|$/m,
  );
  const rows = maturity.match(/^\| \[[^\]]+\]\(http[^)]+\) \| .+ \| (샌드박스|인큐베이팅|졸업|보관)\(\w+\) \|/gm) ?? [];
  expect(rows.length).toBe(255);
  expect(maturity).not.toMatch(/모든 분야|기준 정렬|▲/);
  // The figures the CNCF components draw: the graduation timeline and the ladder, as text with their captions.
  expect(maturity).toMatch(/^> 1\. 2018년 3개 Kubernetes, Prometheus, Envoy$/m);
  expect(maturity).toMatch(/^> 연도별 CNCF 졸업\(Graduated\) 프로젝트 수\./m);

  // Every picture drawn with the Figure component (an <svg> or <img> in a <figure>) becomes "그림: <its name>" in the copy.
  for (const {path} of pages) {
    const html = await (await request.get(path)).text();
    const body = html.slice(html.indexOf('theme-doc-markdown'));
    const pictures = [...body.matchAll(/<figure\b[\s\S]*?<\/figure>/g)].filter(([figure]) => /<(svg|img)\b/.test(figure)).length;
    const copy = await (await request.get(markdownPath(path))).text();
    expect((copy.match(/^> \*\*그림: .+\*\*$/gm) ?? []).length, path).toBe(pictures);
  }
});

test('a current doc page offers its Markdown copy: a link, and a copy button that works with the keyboard', async ({page, context}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/docs/runtimes/containerd');
  await expectHydrated(page);
  const control = page.getByRole('group', {name: '이 페이지의 Markdown 사본'});
  const link = control.getByRole('link', {name: 'Markdown으로 보기'});
  await expect(link).toHaveAttribute('href', '/docs/runtimes/containerd.md');
  // Outside the doc body: the copy of a page never contains its own control.
  await expect(page.locator('.theme-doc-markdown [data-markdown-copy]')).toHaveCount(0);

  const button = control.getByRole('button', {name: 'Markdown 복사'});
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(control.getByRole('status')).toHaveText('Markdown을 클립보드에 복사했습니다.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await (await page.request.get('/docs/runtimes/containerd.md')).text());

  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/docs\/runtimes\/containerd\.md$/);
  await expect(page.locator('body')).toContainText('# containerd');
});

test('the copy button says so in Korean when the copy fails', async ({page}) => {
  await page.goto('/docs/runtimes/runc');
  await expectHydrated(page);
  await page.route('**/docs/runtimes/runc.md', (route) => route.fulfill({status: 500, body: ''}));
  await page.getByRole('button', {name: 'Markdown 복사'}).click();
  await expect(page.getByRole('status').filter({hasText: '복사하지 못했습니다'})).toHaveText(
    '복사하지 못했습니다. "Markdown으로 보기"에서 복사하세요.',
  );
});

test('on a phone the control is below the breadcrumbs, thumb-sized, and a tap copies', async ({browser}) => {
  const {context, page} = await openOnPhone(browser, '/docs/layers/storage');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const control = page.getByRole('group', {name: '이 페이지의 Markdown 사본'});
  const button = control.getByRole('button', {name: 'Markdown 복사'});
  for (const target of [control.getByRole('link'), button]) {
    const box = (await target.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  }
  const title = (await page.locator('h1').boundingBox())!;
  expect((await control.boundingBox())!.y).toBeLessThan(title.y);
  await button.tap();
  await expect(control.getByRole('status')).toHaveText('Markdown을 클립보드에 복사했습니다.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^# 레이어 저장 구조\n/);
  await context.close();
});

test('archived pages have no Markdown control', async ({page}) => {
  await page.goto('/docs/1.0/runtimes/overview');
  await expectHydrated(page);
  await expect(page.locator('[data-markdown-copy]')).toHaveCount(0);
  await expect(page.getByRole('link', {name: 'Markdown으로 보기'})).toHaveCount(0);
});
