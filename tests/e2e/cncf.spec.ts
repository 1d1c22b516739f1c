import AxeBuilder from '@axe-core/playwright';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {expect, test, type Browser, type Locator, type Page} from '@playwright/test';
import {filterByAreaAndQuery, filterByStage, parseState, type TableProject} from '../../src/components/CncfMaturityTable/tableState';
import {countByStage, projects} from '../../src/data/cncf';
import {describedProjects} from '../../src/data/cncf/described';
import {expectHydrated} from './hydrated';
import {PHONE} from './phone';

const PAGE = '/docs/cncf/maturity';
const stageCounts = countByStage(projects);
/** What the table knows of each project once it has loaded the English: both descriptions. */
const known: readonly TableProject[] = describedProjects;

/** The theme's label for its external-link icon, as the site translates it. */
const NEW_TAB = (
  JSON.parse(readFileSync(path.join(process.cwd(), 'i18n', 'ko', 'code.json'), 'utf8')) as Record<string, {message: string}>
)['theme.IconExternalLink.ariaLabel']!.message;

/** What the table should show for a query string, computed from the data with the table's own functions. */
function expectedRows(search: string): number {
  const state = parseState(search);
  return filterByStage(filterByAreaAndQuery(known, state), state.stage).length;
}

const table = (page: Page) => page.getByRole('table', {name: /CNCF 프로젝트 성숙도/});
const rows = (page: Page) => table(page).locator('tbody tr');
const stageButton = (page: Page, name: RegExp) => page.getByRole('group', {name: '단계'}).getByRole('button', {name});
const searchBox = (page: Page) => page.getByRole('searchbox', {name: '검색'});
const areaList = (page: Page) => page.getByRole('combobox', {name: '분야'});
/** A project's link: its name, then the icon's label, as the theme's own external links are named ("GitHub(새 탭에서 열림)"). */
const projectLink = (scope: Page | Locator, name: string) => scope.getByRole('link', {name: `${name}${NEW_TAB}`, exact: true});
/** The sentence under the filters that says how many projects the table shows. */
const status = (page: Page) => page.getByRole('status').filter({hasText: '프로젝트'});

/**
 * The filters are hidden in the server HTML and appear once the table is
 * interactive: at once for a URL with a query, otherwise (in the optimized
 * build) when the reader nears the table, which this scrolls to.
 */
async function openInteractive(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('#all-projects').evaluate((heading) => heading.scrollIntoView());
  await expect(searchBox(page)).toBeVisible({timeout: 15_000});
}

async function openOnPhoneAt(browser: Browser, url: string) {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await openInteractive(page, url);
  return {context, page};
}

test.describe('CNCF maturity table', () => {
  test('the graduated filter shows exactly the graduated projects and says how many', async ({page}) => {
    await openInteractive(page, PAGE);
    await expect(rows(page)).toHaveCount(projects.length);
    await stageButton(page, /^졸업 Graduated/).click();
    await expect(stageButton(page, /^졸업 Graduated/)).toHaveAttribute('aria-pressed', 'true');
    await expect(rows(page)).toHaveCount(stageCounts.graduated);
    await expect(page).toHaveURL(/[?&]stage=graduated\b/);
    await expect(status(page)).toHaveText(`전체 ${projects.length}개 중 ${stageCounts.graduated}개 프로젝트를 보여 줍니다.`);
    for (const badge of await rows(page).locator('td:nth-child(2)').allTextContents()) expect(badge).toBe('졸업 Graduated');
  });

  test('every row shows its Korean description, and its English when opened', async ({page}) => {
    await openInteractive(page, PAGE);
    // The optimized build's HTML carries the first rows' Korean; the table adds the rest with its code.
    const korean = rows(page).locator('td:first-child > p:not([class]):not([lang])');
    await expect(korean).toHaveCount(projects.length);
    expect(await korean.allTextContents()).toEqual(
      [...describedProjects]
        .sort((a, b) => a.name.localeCompare(b.name, 'en', {sensitivity: 'base', numeric: true}))
        .map((project) => project.descriptionKo),
    );
    const kubernetes = rows(page).filter({has: projectLink(page, 'Kubernetes')});
    const english = kubernetes.locator('details p[lang="en"]');
    await expect(english).toHaveCount(0);
    await kubernetes.getByText('영어 원문').click();
    await expect(english).toHaveText(describedProjects.find((project) => project.slug === 'kubernetes')!.description!);
  });

  test('the text box finds names, Korean descriptions, and English descriptions loaded for it', async ({page}) => {
    await openInteractive(page, PAGE);
    await searchBox(page).fill('containerd');
    await expect(rows(page)).toHaveCount(expectedRows('?q=containerd'));
    await expect(projectLink(table(page), 'containerd')).toBeVisible();
    await expect(page).toHaveURL(/[?&]q=containerd\b/);
    // Words of the Korean description only.
    await searchBox(page).fill('멀티플레이 게임');
    await expect(rows(page)).toHaveCount(1);
    await expect(projectLink(table(page), 'Agones')).toBeVisible();
    // Words of the English only, which is not in the rows.
    await searchBox(page).fill('AUTOMATING deployment');
    await expect(rows(page)).toHaveCount(expectedRows('?q=AUTOMATING+deployment'));
    await expect(projectLink(table(page), 'Kubernetes')).toBeVisible();
  });

  test('a shared URL restores the filter, the sort and the controls, and survives a reload', async ({page}) => {
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    const search = '?stage=incubating&area=orchestration-management&q=service&sort=accepted&order=asc';
    await openInteractive(page, `${PAGE}${search}`);
    const expected = expectedRows(search);
    expect(expected).toBeGreaterThan(0);
    await expect(rows(page)).toHaveCount(expected);
    await expect(stageButton(page, /^인큐베이팅 Incubating/)).toHaveAttribute('aria-pressed', 'true');
    await expect(searchBox(page)).toHaveValue('service');
    await expect(areaList(page)).toHaveValue('orchestration-management');
    await expect(table(page).locator('th[aria-sort] button[aria-current="true"]')).toHaveAccessibleName(/^합류 기준 정렬$/);
    await expect(table(page).locator('th[aria-sort]')).toHaveAttribute('aria-sort', 'ascending');
    await page.reload();
    await expect(searchBox(page)).toHaveValue('service');
    await expect(rows(page)).toHaveCount(expected);
    // A hydration mismatch would show up here as a console error.
    expect(errors).toEqual([]);
  });

  test('the whole table is in the HTML and reads without JavaScript', async ({browser}) => {
    const context = await browser.newContext({javaScriptEnabled: false});
    const page = await context.newPage();
    await page.goto(`${PAGE}?stage=graduated`);
    await expect(rows(page)).toHaveCount(projects.length);
    await expect(table(page).locator('caption')).toContainText('CNCF 프로젝트 성숙도');
    await expect(projectLink(table(page), 'Kubernetes')).toBeVisible();
    const first = rows(page).first();
    await expect(first.locator('small')).toHaveText(/ › /);
    await expect(first.locator('td:first-child > p')).toHaveText(
      describedProjects.find(({name}) => name === 'Aeraki Mesh')!.descriptionKo!,
    );
    await expect(first.locator('td:nth-child(3)')).toContainText('합류 ');
    // Filters that could not work are not shown, nor the English that a script would fetch; the note says what JavaScript adds.
    await expect(searchBox(page)).toBeHidden();
    await expect(table(page).getByText('영어 원문').first()).toBeHidden();
    await expect(page.locator('p', {hasText: '자바스크립트를 켜면'})).toBeVisible();
    await expect(page.getByText('CNCF Landscape', {exact: true}).first()).toBeVisible();
    await context.close();
  });

  test('off screen the rows wait to be laid out, and are drawn once scrolled to', async ({page}) => {
    await page.goto(PAGE);
    await expectHydrated(page);
    const drawn = () =>
      rows(page)
        .nth(10)
        .evaluate((row) => row.checkVisibility({contentVisibilityAuto: true}));
    expect(await drawn()).toBe(false);
    // The height it holds meanwhile covers every row, so no row lies over what follows the table.
    const overhang = await table(page).evaluate((element) => {
      const all = element.querySelectorAll('tbody tr');
      return all[all.length - 1]!.getBoundingClientRect().bottom - element.parentElement!.getBoundingClientRect().bottom;
    });
    expect(overhang).toBeLessThanOrEqual(0);
    await table(page).scrollIntoViewIfNeeded();
    await expect.poll(drawn).toBe(true);
  });

  test("opened directly, the first load carries no project data in its scripts, and the table's code only the Korean the HTML left out (optimized build)", async ({
    page,
  }) => {
    const scripts: string[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.url());
    });
    const bodies = async () => Promise.all(scripts.map(async (url) => unescaped(await (await page.request.get(url)).text())));
    const html = await (await page.goto(PAGE))!.text();
    await expectHydrated(page);
    await page.waitForLoadState('networkidle');
    const firstLoad = await bodies();
    for (const project of describedProjects) {
      for (const body of firstLoad) expect(body, project.slug).not.toContain(project.descriptionKo!);
    }
    // The table's code arrives as the reader nears it, with each Korean description the HTML lacks, and none it has.
    await openInteractive(page, PAGE);
    await stageButton(page, /^졸업 Graduated/).click();
    await expect(rows(page)).toHaveCount(stageCounts.graduated);
    const all = await bodies();
    for (const project of describedProjects) {
      const inHtml = html.includes(`<p>${project.descriptionKo}`);
      expect(all.filter((body) => body.includes(project.descriptionKo!)).length, project.slug).toBe(inHtml ? 0 : 1);
      if (project.description) for (const body of all) expect(body, project.slug).not.toContain(project.description);
    }
    expect(describedProjects.filter((project) => html.includes(`<p>${project.descriptionKo}`)).length).toBeGreaterThanOrEqual(50);
  });

  test('opened by a link from another page, it loads the rows and filters them', async ({page}) => {
    await page.goto('/docs/cncf');
    await expectHydrated(page);
    await page.locator('article').getByRole('link', {name: '프로젝트 성숙도'}).first().click();
    await expect(page).toHaveURL(new RegExp(`${PAGE}$`));
    await expect(rows(page)).toHaveCount(projects.length);
    await expect(projectLink(table(page), 'Kubernetes')).toBeAttached();
    await page.locator('#all-projects').evaluate((heading) => heading.scrollIntoView());
    await searchBox(page).fill('containerd');
    await expect(rows(page)).toHaveCount(expectedRows('?q=containerd'));
    // Back through the search to the previous page, then Forward: mounted again by the history, the filter is in the URL and applies to the rows.
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`${PAGE}$`));
    await page.goBack();
    await expect(page).toHaveURL(/\/docs\/cncf$/);
    await page.goForward();
    await page.goForward();
    await expect(page).toHaveURL(/[?&]q=containerd\b/);
    await page.locator('#all-projects').evaluate((heading) => heading.scrollIntoView());
    await expect(searchBox(page)).toHaveValue('containerd');
    await expect(rows(page)).toHaveCount(expectedRows('?q=containerd'));
  });

  test('a reader who leaves the table and comes back, by Back or a reload, is where they were', async ({page}) => {
    await openInteractive(page, PAGE);
    const row = rows(page).nth(100);
    await row.scrollIntoViewIfNeeded();
    const name = (await row.locator('a').textContent())!;
    const at = await page.evaluate(() => window.scrollY);
    await page.locator('nav.menu a[href="/docs/cncf/overview"]').first().click();
    await expect(page).toHaveURL(/\/docs\/cncf\/overview$/);
    await page.goBack();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(at);
    await expect(projectLink(table(page), name)).toBeInViewport();
    await page.reload();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(at);
    await expect(projectLink(table(page), name)).toBeInViewport();
  });

  test('keyboard users can reach and operate every control', async ({page}) => {
    await openInteractive(page, PAGE);
    const controls = [
      ...(await page.getByRole('group', {name: '단계'}).getByRole('button').all()),
      areaList(page),
      searchBox(page),
      ...(await table(page).locator('thead').getByRole('button').all()),
    ];
    expect(controls).toHaveLength(5 + 2 + 5);
    for (const [index, control] of controls.entries())
      await control.evaluate((el, i) => el.setAttribute('data-tab-order', String(i)), index);
    // Tab from the first control on: every control is reached, in reading order (the reset button is disabled while no filter is on).
    await controls[0]?.focus();
    const reached: string[] = [];
    for (let i = 0; i < controls.length; i += 1) {
      reached.push(await page.evaluate(() => document.activeElement?.getAttribute('data-tab-order') ?? 'elsewhere'));
      await page.keyboard.press('Tab');
    }
    expect(reached).toEqual(controls.map((_, index) => String(index)));
    // Then the first project's link, and its "영어 원문".
    await expect(projectLink(table(page), 'Aeraki Mesh')).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(rows(page).first().locator('details p[lang="en"]')).toHaveText(
      describedProjects.find(({name}) => name === 'Aeraki Mesh')!.description!,
    );

    await stageButton(page, /^샌드박스 Sandbox/).focus();
    await page.keyboard.press('Enter');
    await expect(rows(page)).toHaveCount(stageCounts.sandbox);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Space');
    await expect(rows(page)).toHaveCount(projects.length);

    await areaList(page).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(page).toHaveURL(/[?&]area=provisioning%2F/);
    await expect(rows(page)).toHaveCount(expectedRows(new URL(page.url()).search));

    await page.keyboard.press('Tab');
    await page.keyboard.type('zz-no-match');
    await expect(rows(page)).toHaveCount(1);
    await expect(table(page)).toContainText('조건에 맞는 프로젝트가 없습니다');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', {name: '조건 지우기'})).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(rows(page)).toHaveCount(projects.length);
    await expect(page).toHaveURL(new RegExp(`${PAGE}$`));

    const sortByGraduation = page.getByRole('button', {name: /^졸업 기준 정렬$/});
    const graduatedHeader = table(page).locator('thead th').filter({has: sortByGraduation});
    await sortByGraduation.focus();
    await page.keyboard.press('Enter');
    await expect(graduatedHeader).toHaveAttribute('aria-sort', 'descending');
    await expect(sortByGraduation).toHaveAttribute('aria-current', 'true');
    const latest = [...projects].sort((a, b) => (b.dates.graduated ?? '').localeCompare(a.dates.graduated ?? ''))[0];
    await expect(rows(page).first().getByRole('link').first()).toHaveText(latest?.name ?? '');
    await page.keyboard.press('Enter');
    await expect(graduatedHeader).toHaveAttribute('aria-sort', 'ascending');
    await expect(rows(page).first().getByRole('link').first()).toHaveText('Kubernetes');
  });

  test("project links leave the site as the theme's external links do, and say so in their names", async ({page}) => {
    await openInteractive(page, PAGE);
    const links = table(page).locator('tbody a');
    await expect(links).toHaveCount(projects.length);
    for (const [index, link] of (await links.all()).entries()) {
      if (index % 15 !== 0) continue;
      const name = (await link.textContent()) ?? '';
      await expect(link).toHaveAccessibleName(`${name}${NEW_TAB}`);
      await expect(link).toHaveAttribute('target', '_blank');
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
    // The icon is the theme's: the same symbol as the navbar's GitHub link draws.
    await expect(links.locator('svg > use[href="#theme-svg-external-link"]')).toHaveCount(projects.length);
    await expect(page.locator('symbol#theme-svg-external-link')).toHaveCount(1);
    await expect(links.first().locator('svg')).toBeVisible();
    // It opens in a new tab, and this one stays (the project's site is answered here: tests reach no other site).
    await page
      .context()
      .route('https://www.aeraki.net/**', (route) => route.fulfill({contentType: 'text/html', body: '<title>Aeraki</title>'}));
    const [opened] = await Promise.all([page.context().waitForEvent('page'), projectLink(table(page), 'Aeraki Mesh').click()]);
    await expect(opened).toHaveURL('https://www.aeraki.net/');
    await opened.close();
    await expect(page).toHaveURL(new RegExp(`${PAGE}$`));
  });

  test('Back and Forward step through the stage and area chosen and the search typed, one entry each', async ({page}) => {
    await openInteractive(page, PAGE);
    const start = page.url();
    await stageButton(page, /^졸업 Graduated/).click();
    await expect(page).toHaveURL(/\?stage=graduated$/);
    await areaList(page).selectOption('runtime');
    await expect(page).toHaveURL(/\?stage=graduated&area=runtime$/);
    // Typing letter by letter makes one entry: the first letter adds it, the rest replace it.
    await searchBox(page).pressSequentially('cont');
    await expect(page).toHaveURL(/&q=cont$/);
    const steps = [
      {url: /\?stage=graduated&area=runtime&q=cont$/, query: 'cont', area: 'runtime', stage: true},
      {url: /\?stage=graduated&area=runtime$/, query: '', area: 'runtime', stage: true},
      {url: /\?stage=graduated$/, query: '', area: '', stage: true},
      {url: new RegExp(`${PAGE}$`), query: '', area: '', stage: false},
    ];
    const expectStep = async (step: (typeof steps)[number]) => {
      await expect(page).toHaveURL(step.url);
      await expect(searchBox(page)).toHaveValue(step.query);
      await expect(areaList(page)).toHaveValue(step.area);
      await expect(stageButton(page, /^졸업 Graduated/)).toHaveAttribute('aria-pressed', String(step.stage));
      await expect(rows(page)).toHaveCount(expectedRows(new URL(page.url()).search));
    };
    await expectStep(steps[0]!);
    for (const step of steps.slice(1)) {
      await page.goBack();
      await expectStep(step);
    }
    expect(page.url()).toBe(start);
    for (const step of steps.slice(0, -1).reverse()) {
      await page.goForward();
      await expectStep(step);
    }
  });

  for (const viewport of [{width: 1280, height: 800}, PHONE.viewport!]) {
    test(`after scrolling far into the table the filters are still on screen, and a change shows the table's start (${viewport.width} px)`, async ({
      browser,
    }) => {
      const context = await browser.newContext(viewport.width < 600 ? PHONE : {viewport});
      const page = await context.newPage();
      await openInteractive(page, PAGE);
      await rows(page).nth(150).scrollIntoViewIfNeeded();
      await expect(rows(page).nth(150)).toBeInViewport();
      const navbar = (await page.locator('.navbar').boundingBox())!;
      for (const control of [searchBox(page), stageButton(page, /^보관 Archived/), areaList(page)]) {
        await expect(control).toBeInViewport();
        expect((await control.boundingBox())!.y).toBeGreaterThanOrEqual(navbar.y + navbar.height - 1);
      }
      const expectStartShown = async () => {
        const bar = (await page.getByRole('search', {name: 'CNCF 프로젝트 거르기'}).boundingBox())!;
        const first = (await rows(page).first().boundingBox())!;
        // The first row is in view, right under the bar (the header row between them).
        expect(first.y).toBeGreaterThanOrEqual(bar.y + bar.height - 1);
        expect(first.y).toBeLessThan(viewport.height);
      };
      await stageButton(page, /^보관 Archived/).click();
      await expect(rows(page)).toHaveCount(stageCounts.archived);
      await expectStartShown();
      // Again from near the end of a filtered table, where the sticky bar is pushed up with the table's end.
      await stageButton(page, /^샌드박스 Sandbox/).click();
      await expect(rows(page)).toHaveCount(stageCounts.sandbox);
      await rows(page).last().scrollIntoViewIfNeeded();
      await stageButton(page, /^졸업 Graduated/).click();
      await expect(rows(page)).toHaveCount(stageCounts.graduated);
      await expectStartShown();
      await context.close();
    });
  }

  for (const width of [360, 390]) {
    test(`on a ${width} px phone each project is a stacked row that fits the screen, with no sideways scrolling`, async ({browser}) => {
      const {context, page} = await openOnPhoneAt(browser, PAGE);
      await page.setViewportSize({width, height: 800});
      await rows(page).first().scrollIntoViewIfNeeded();
      // Against the screen's width, not innerWidth: content that overflows widens a phone's layout viewport, and innerWidth with it.
      const widths = await page.evaluate(() => ({page: document.documentElement.scrollWidth, view: window.innerWidth}));
      expect(widths.view).toBe(width);
      expect(widths.page).toBeLessThanOrEqual(width);
      // The page body clips what overflows, so each row's cells are measured too.
      const right = await rows(page).evaluateAll((all) =>
        Math.max(
          ...all.slice(0, 60).flatMap((row) => Array.from(row.querySelectorAll('td, td *'), (cell) => cell.getBoundingClientRect().right)),
        ),
      );
      expect(right).toBeLessThanOrEqual(width);
      expect(await table(page).evaluate((element) => element.parentElement!.scrollWidth <= element.parentElement!.clientWidth)).toBe(true);
      // The card: the name and its link out, the area, the Korean description, the stage and the dates, one under another.
      const card = rows(page).filter({has: projectLink(page, 'Kubernetes')});
      const kubernetes = describedProjects.find((project) => project.slug === 'kubernetes')!;
      await card.scrollIntoViewIfNeeded();
      const boxes = await Promise.all(
        [
          projectLink(card, 'Kubernetes'),
          card.locator('small'),
          card.getByText(kubernetes.descriptionKo!),
          card.getByText('졸업 Graduated'),
          card.getByText('합류 2016-03-10'),
        ].map(async (part) => (await part.boundingBox())!),
      );
      for (const [index, box] of boxes.entries()) {
        expect(box.x, `part ${index}`).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, `part ${index}`).toBeLessThanOrEqual(width);
        // Each below the one before; the dates follow the stage, beside it or under it.
        if (index > 0 && index < 4) expect(box.y, `part ${index} below the one before`).toBeGreaterThan(boxes[index - 1]!.y);
      }
      expect(boxes[4]!.y).toBeGreaterThanOrEqual(boxes[3]!.y - 4);
      await expect(card.locator('td:nth-child(3)')).toHaveText(/합류 2016-03-10\s*인큐베이팅 2016-03-10\s*졸업 2018-03-06/);
      await stageButton(page, /^보관 Archived/).tap();
      await expect(rows(page)).toHaveCount(stageCounts.archived);
      await context.close();
    });
  }

  const axeViolations = async (page: Page) => {
    // The explorer, the ladder and the timeline; the prose around them has its own checks.
    const results = await new AxeBuilder({page}).include('article div:has(> form[role="search"])').include('article figure').analyze();
    return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  };

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`passes axe in ${colorScheme} mode, colour contrast included`, async ({browser}) => {
      // axe walks every node: the table has thousands.
      test.slow();
      const context = await browser.newContext({colorScheme});
      const page = await context.newPage();
      await openInteractive(page, `${PAGE}?stage=graduated`);
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      await rows(page).first().getByText('영어 원문').click();
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  }

  test('passes axe on a phone, stacked rows and the bar that stays on screen included', async ({browser}) => {
    test.slow();
    const {context, page} = await openOnPhoneAt(browser, PAGE);
    await rows(page).nth(40).scrollIntoViewIfNeeded();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

/** Script text as the engine reads it: minifiers write Hangul as \uXXXX escapes. */
const unescaped = (script: string): string =>
  script.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

test.describe('CNCF data on the pages', () => {
  test('the maturity ladder counts each stage from the data', async ({page}) => {
    await page.goto(PAGE);
    const ladder = page.locator('figure').filter({hasText: '샌드박스에서 인큐베이팅을 거쳐 졸업으로'});
    for (const [stage, label] of [
      ['sandbox', '샌드박스 Sandbox'],
      ['incubating', '인큐베이팅 Incubating'],
      ['graduated', '졸업 Graduated'],
      ['archived', '보관 Archived'],
    ] as const) {
      await expect(ladder.getByText(label).locator('xpath=..')).toContainText(`${stageCounts[stage]}개`);
    }
    const timeline = page.locator('figure').filter({hasText: '연도별 CNCF 졸업'});
    await expect(timeline.getByRole('listitem').first()).toContainText('2018년');
    await expect(timeline).toContainText(`모두 ${stageCounts.graduated}개`);
  });

  test('the projects page shows the six projects’ stages and dates from the data', async ({page}) => {
    await page.goto('/docs/cncf/projects');
    const facts = page.getByRole('table', {name: /여섯 대표 프로젝트/});
    for (const slug of ['kubernetes', 'prometheus', 'envoy', 'helm', 'harbor', 'istio']) {
      const project = projects.find((candidate) => candidate.slug === slug);
      if (!project) throw new Error(`${slug} is missing from the data`);
      const row = facts.getByRole('row').filter({has: page.getByRole('link', {name: project.name, exact: true})});
      await expect(row).toContainText('졸업 Graduated');
      await expect(row).toContainText(project.dates.accepted);
      await expect(row).toContainText(project.dates.graduated ?? '');
    }
    await expect(facts.getByRole('row')).toHaveCount(7);
    await expect(page.locator('article')).toContainText('Grafana Labs');
  });
});
