import AxeBuilder from '@axe-core/playwright';
import {expect, test, type Page} from '@playwright/test';
import {filterByAreaAndQuery, filterByStage, parseState} from '../../src/components/CncfMaturityTable/tableState';
import {countByStage, projects} from '../../src/data/cncf';
import {expectHydrated} from './hydrated';

const PAGE = '/docs/cncf/maturity';
const stageCounts = countByStage(projects);

/** What the table should show for a query string, computed from the data with the table's own functions. */
function expectedRows(search: string): number {
  const state = parseState(search);
  return filterByStage(filterByAreaAndQuery(projects, state), state.stage).length;
}

const table = (page: Page) => page.getByRole('table', {name: /CNCF 프로젝트 성숙도/});
const rows = (page: Page) => table(page).locator('tbody tr');
const stageButton = (page: Page, name: RegExp) => page.getByRole('group', {name: '단계'}).getByRole('button', {name});
const searchBox = (page: Page) => page.getByRole('searchbox', {name: '검색'});

/** The filters are hidden in the server HTML and appear once React has hydrated. */
async function openInteractive(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(searchBox(page)).toBeVisible();
}

test.describe('CNCF maturity table', () => {
  test('the graduated filter shows exactly the graduated projects and says how many', async ({page}) => {
    await openInteractive(page, PAGE);
    await expect(rows(page)).toHaveCount(projects.length);
    await stageButton(page, /^졸업 Graduated/).click();
    await expect(stageButton(page, /^졸업 Graduated/)).toHaveAttribute('aria-pressed', 'true');
    await expect(rows(page)).toHaveCount(stageCounts.graduated);
    await expect(page).toHaveURL(/[?&]stage=graduated\b/);
    await expect(page.getByRole('status')).toHaveText(`전체 ${projects.length}개 중 ${stageCounts.graduated}개 프로젝트를 보여 줍니다.`);
    for (const badge of await rows(page).locator('td:nth-child(2)').allInnerTexts()) expect(badge).toBe('졸업 Graduated');
  });

  test('the text box finds containerd', async ({page}) => {
    await openInteractive(page, PAGE);
    await searchBox(page).fill('containerd');
    await expect(rows(page)).toHaveCount(expectedRows('?q=containerd'));
    await expect(table(page).getByRole('link', {name: 'containerd', exact: true})).toBeVisible();
    await expect(page).toHaveURL(/[?&]q=containerd\b/);
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
    await expect(page.getByRole('combobox', {name: '분야'})).toHaveValue('orchestration-management');
    await expect(table(page).locator('th[aria-sort]').getByRole('button')).toHaveAccessibleName(/^합류\s*Accepted 기준 정렬$/);
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
    await expect(table(page).getByRole('link', {name: 'Kubernetes', exact: true})).toBeVisible();
    // Filters that could not work are not shown; the note says what JavaScript would add.
    await expect(searchBox(page)).toBeHidden();
    await expect(page.locator('p', {hasText: '자바스크립트를 켜면'})).toBeVisible();
    await expect(page.getByText('CNCF Landscape', {exact: true}).first()).toBeVisible();
    await context.close();
  });

  test('off screen the rows wait to be laid out, and are drawn once scrolled to', async ({page}) => {
    await openInteractive(page, PAGE);
    const drawn = () => rows(page).nth(10).evaluate((row) => row.checkVisibility({contentVisibilityAuto: true}));
    expect(await drawn()).toBe(false);
    // The height it holds meanwhile covers every row, so no row lies over what follows the table.
    const overhang = await table(page).evaluate((element) => {
      const rows = element.querySelectorAll('tbody tr');
      return rows[rows.length - 1]!.getBoundingClientRect().bottom - element.parentElement!.getBoundingClientRect().bottom;
    });
    expect(overhang).toBeLessThanOrEqual(0);
    await table(page).scrollIntoViewIfNeeded();
    await expect.poll(drawn).toBe(true);
  });

  test('opened directly, the page\'s scripts carry no project data: the rows are the server\'s HTML (optimized build)', async ({page}) => {
    const scripts: string[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.url());
    });
    await openInteractive(page, PAGE);
    await stageButton(page, /^졸업 Graduated/).click();
    await expect(rows(page)).toHaveCount(stageCounts.graduated);
    const description = projects.find((project) => project.slug === 'aeraki-mesh')?.description ?? '';
    expect(description.length).toBeGreaterThan(20);
    for (const url of scripts) expect(await (await page.request.get(url)).text(), url).not.toContain(description);
  });

  test('opened by a link from another page, it loads the rows and filters them', async ({page}) => {
    await page.goto('/docs/cncf');
    await expectHydrated(page);
    await page.locator('article').getByRole('link', {name: '프로젝트 성숙도'}).first().click();
    await expect(page).toHaveURL(new RegExp(`${PAGE}$`));
    await expect(rows(page)).toHaveCount(projects.length);
    await expect(table(page).getByRole('link', {name: 'Kubernetes', exact: true})).toBeVisible();
    await searchBox(page).fill('containerd');
    await expect(rows(page)).toHaveCount(expectedRows('?q=containerd'));
    // Mounted again by the history: the filter is in the URL, and applies to the rows loaded afresh.
    await page.goBack();
    await page.goForward();
    await expect(searchBox(page)).toHaveValue('containerd');
    await expect(rows(page)).toHaveCount(expectedRows('?q=containerd'));
  });

  test('keyboard users can reach and operate every control', async ({page}) => {
    await openInteractive(page, PAGE);
    const controls = [
      ...(await page.getByRole('group', {name: '단계'}).getByRole('button').all()),
      page.getByRole('combobox', {name: '분야'}),
      searchBox(page),
      page.getByRole('region', {name: /CNCF 프로젝트 성숙도/}),
      ...(await table(page).getByRole('button').all()),
    ];
    expect(controls).toHaveLength(5 + 2 + 1 + 5);
    for (const [index, control] of controls.entries()) await control.evaluate((el, i) => el.setAttribute('data-tab-order', String(i)), index);
    // Tab from the first control on: every control is reached, in reading order (the reset button is disabled while no filter is on).
    await controls[0]?.focus();
    const reached: string[] = [];
    for (let i = 0; i < controls.length; i += 1) {
      reached.push(await page.evaluate(() => document.activeElement?.getAttribute('data-tab-order') ?? 'elsewhere'));
      await page.keyboard.press('Tab');
    }
    expect(reached).toEqual(controls.map((_, index) => String(index)));

    await stageButton(page, /^샌드박스 Sandbox/).focus();
    await page.keyboard.press('Enter');
    await expect(rows(page)).toHaveCount(stageCounts.sandbox);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Space');
    await expect(rows(page)).toHaveCount(projects.length);

    await page.getByRole('combobox', {name: '분야'}).focus();
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

    const sortByGraduation = page.getByRole('button', {name: /^졸업\s*Graduated 기준 정렬$/});
    const graduatedHeader = table(page).locator('thead th').filter({has: sortByGraduation});
    await sortByGraduation.focus();
    await page.keyboard.press('Enter');
    await expect(graduatedHeader).toHaveAttribute('aria-sort', 'descending');
    const latest = [...projects].sort((a, b) => (b.dates.graduated ?? '').localeCompare(a.dates.graduated ?? ''))[0];
    await expect(rows(page).first().getByRole('link').first()).toHaveText(latest?.name ?? '');
    await page.keyboard.press('Enter');
    await expect(graduatedHeader).toHaveAttribute('aria-sort', 'ascending');
    await expect(rows(page).first().getByRole('link').first()).toHaveText('Kubernetes');
  });

  test('fits a 360 px phone: only the table scrolls sideways', async ({browser}) => {
    const context = await browser.newContext({viewport: {width: 360, height: 740}, isMobile: true, hasTouch: true});
    const page = await context.newPage();
    await openInteractive(page, PAGE);
    // Against the screen's 360 px, not innerWidth: content that overflows widens a phone's layout viewport, and innerWidth with it.
    const widths = await page.evaluate(() => ({page: document.documentElement.scrollWidth, view: window.innerWidth}));
    expect(widths.view).toBe(360);
    expect(widths.page).toBeLessThanOrEqual(360);
    const scroller = page.getByRole('region', {name: /CNCF 프로젝트 성숙도/});
    await expect(scroller).toHaveAttribute('tabindex', '0');
    expect(await scroller.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await stageButton(page, /^보관 Archived/).tap();
    await expect(rows(page)).toHaveCount(stageCounts.archived);
    await context.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`passes axe in ${colorScheme} mode, colour contrast included`, async ({browser}) => {
      const context = await browser.newContext({colorScheme});
      const page = await context.newPage();
      await openInteractive(page, `${PAGE}?stage=graduated`);
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      // The explorer, the ladder and the timeline; the prose around them has its own checks.
      const results = await new AxeBuilder({page}).include('article div:has(> form[role="search"])').include('article figure').analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
      await context.close();
    });
  }
});

test.describe('CNCF data on the pages', () => {
  test('the maturity ladder counts each stage from the data', async ({page}) => {
    await page.goto(PAGE);
    const ladder = page.locator('figure').filter({hasText: '샌드박스에서 인큐베이팅을 거쳐 졸업으로'});
    for (const [stage, label] of [['sandbox', '샌드박스 Sandbox'], ['incubating', '인큐베이팅 Incubating'], ['graduated', '졸업 Graduated'], ['archived', '보관 Archived']] as const) {
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
