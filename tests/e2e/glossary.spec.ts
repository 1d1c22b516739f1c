import AxeBuilder from '@axe-core/playwright';
import {expect, test, type Page} from '@playwright/test';
import {docUrl, glossary, termById} from '../../src/data/glossary';
import {expectHydrated, waitForMainScript} from './hydrated';

/** A page that uses <Term id="cri"> and is not the page that explains CRI. */
const DOC_WITH_TERM = '/docs/runtimes/containerd';
const cri = termById('cri');

/** Opens a doc page once its scripts have run: the terms' listeners come with the page's first script. */
async function gotoHydrated(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expectHydrated(page);
}

function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

test.describe('the glossary page', () => {
  test('lists every term in 가나다 order, Hangul before Latin', async ({page}) => {
    const errors = collectErrors(page);
    await page.goto('/docs/glossary');
    const entries = page.locator('[data-glossary-term]');
    expect(await entries.count()).toBeGreaterThanOrEqual(45);
    expect(await entries.count()).toBe(glossary.length);

    const names = await entries.evaluateAll((items) =>
      items.map((item) => item.querySelector('h3')?.firstChild?.textContent?.trim() ?? ''),
    );
    const isHangul = (name: string) => /^[가-힣]/.test(name);
    const firstLatin = names.findIndex((name) => !isHangul(name));
    expect(names.slice(firstLatin).some(isHangul), 'a Hangul term after the Latin ones').toBe(false);
    const collator = new Intl.Collator('ko');
    for (const part of [names.slice(0, firstLatin), names.slice(firstLatin)]) {
      expect(part).toEqual([...part].sort(collator.compare));
    }
    await page.waitForLoadState('networkidle');
    expect(errors).toEqual([]);
  });

  test('has an index of initial consonants that jumps to each group', async ({page}) => {
    await page.goto('/docs/glossary');
    const index = page.getByRole('navigation', {name: '용어집 색인'});
    const links = index.getByRole('link');
    expect(await links.count()).toBeGreaterThanOrEqual(10);
    await expect(links.first()).toHaveText('ㄱ');
    await index.getByRole('link', {name: 'ㅋ', exact: true}).click();
    await expect(page).toHaveURL(/#group-kieuk$/);
    await expect(page.locator('h2#group-kieuk')).toBeInViewport();
  });

  test('gives each term an anchor with its definition, aliases and doc', async ({page}) => {
    await page.goto('/docs/glossary#kubernetes');
    const entry = page.locator('[data-glossary-term="kubernetes"]');
    await expect(entry.locator('h3#kubernetes')).toBeInViewport();
    // The sticky index must not cover the term the link jumped to.
    const indexBottom = await page.getByRole('navigation', {name: '용어집 색인'}).evaluate((el) => el.getBoundingClientRect().bottom);
    const termTop = await entry.locator('h3#kubernetes').evaluate((el) => el.getBoundingClientRect().top);
    expect(termTop).toBeGreaterThanOrEqual(indexBottom);
    await expect(entry).toContainText(termById('kubernetes').definition);
    await expect(entry).toContainText('쿠버네티스');
    await expect(entry.locator(`a[href="${docUrl(termById('kubernetes'))}"]`)).toBeVisible();
  });
});

test.describe('a <Term> in a doc', () => {
  test('shows its definition on hover without moving the text, and Escape closes it', async ({page}) => {
    const errors = collectErrors(page);
    await gotoHydrated(page, DOC_WITH_TERM);
    const trigger = page.locator(`[data-term="${cri.id}"]`).first();
    const tooltip = page.locator(`[id="${await trigger.getAttribute('aria-describedby')}"]`);
    await expect(tooltip).toHaveAttribute('role', 'tooltip');
    await expect(trigger).toHaveAccessibleDescription(new RegExp(cri.definition.slice(0, 20)));
    await expect(tooltip).toBeHidden();

    const text = page.locator('article .markdown');
    await trigger.scrollIntoViewIfNeeded();
    const before = await text.boundingBox();
    await trigger.hover();
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toContainText(cri.definition);
    await expect(tooltip).toContainText(cri.en);
    expect(await text.boundingBox()).toEqual(before);

    await page.keyboard.press('Escape');
    await expect(tooltip).toBeHidden();
    await page.mouse.move(0, 0);
    await page.waitForLoadState('networkidle');
    expect(errors).toEqual([]);
  });

  test('opens on keyboard focus and links to the doc that explains the term', async ({page}) => {
    await gotoHydrated(page, DOC_WITH_TERM);
    const trigger = page.locator(`[data-term="${cri.id}"]`).first();
    const tooltip = page.locator(`[id="${await trigger.getAttribute('aria-describedby')}"]`);
    await trigger.focus();
    await expect(tooltip).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(tooltip).toBeHidden();
    await expect(trigger).toBeFocused();

    await page.keyboard.press('Enter');
    await expect(tooltip).toBeVisible();
    await page.keyboard.press('Tab');
    const more = page.getByRole('link', {name: `${cri.ko} 자세히 보기`}).first();
    await expect(more).toBeFocused();
    await expect(tooltip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${docUrl(cri)}$`));
  });
});

test('a <Term> works before the page hydrates: nothing of it waits for React', async ({page}) => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  // The page's own chunks, which React needs to hydrate; main.js, with the terms' listeners, comes through.
  await page.route(/\/assets\/js\/(?!main\.|runtime~main\.)[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(DOC_WITH_TERM, {waitUntil: 'domcontentloaded'});
  await waitForMainScript(page);
  const trigger = page.locator(`[data-term="${cri.id}"]`).first();
  const tooltip = page.locator(`[id="${await trigger.getAttribute('aria-describedby')}"]`);
  await trigger.focus();
  await expect(tooltip).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(tooltip).toBeHidden();
  await expect(page.locator('html')).not.toHaveAttribute('data-has-hydrated', 'true');
  release();
});

test.describe('a <Term> on a touch screen', () => {
  test.use({hasTouch: true, isMobile: true, viewport: {width: 390, height: 844}});

  test('opens and closes with a tap and stays inside the screen', async ({page}) => {
    await gotoHydrated(page, DOC_WITH_TERM);
    const trigger = page.locator(`[data-term="${cri.id}"]`).first();
    const tooltip = page.locator(`[id="${await trigger.getAttribute('aria-describedby')}"]`);
    await trigger.scrollIntoViewIfNeeded();
    await trigger.tap();
    await expect(tooltip).toBeVisible();
    const box = await tooltip.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    await trigger.tap();
    await expect(tooltip).toBeHidden();
  });

  test('a term near the right edge, opened by keyboard, still fits the screen', async ({page}) => {
    await gotoHydrated(page, DOC_WITH_TERM);
    const terms = page.locator('[data-term]');
    const rightmost = await terms.evaluateAll((elements) =>
      elements
        .map((element) => element.getBoundingClientRect().right)
        .reduce((best, right, index, all) => (right > all[best]! ? index : best), 0),
    );
    const trigger = terms.nth(rightmost);
    await trigger.focus();
    const popup = page.locator('[data-glossary-popup]').nth(rightmost);
    await expect(popup).toBeVisible();
    const box = await popup.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    // Nor does the page around it become wider than the screen, even for a moment that leaves it scrollable sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});

test.describe('accessibility', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the glossary and an open tooltip pass axe in ${colorScheme} mode`, async ({page}) => {
      test.slow(); // axe over every glossary entry takes several seconds
      await page.emulateMedia({colorScheme});
      const violations = async (...selectors: string[]) =>
        (await selectors.reduce((axe, selector) => axe.include(selector), new AxeBuilder({page})).analyze()).violations.map(
          (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        );

      await page.goto('/docs/glossary');
      // Only what GlossaryList draws: the page's own prose is checked elsewhere.
      expect(await violations('nav[aria-label="용어집 색인"]', '[data-glossary-term]')).toEqual([]);

      await gotoHydrated(page, DOC_WITH_TERM);
      const trigger = page.locator(`[data-term="${cri.id}"]`).first();
      await trigger.focus();
      await expect(page.locator(`[id="${await trigger.getAttribute('aria-describedby')}"]`)).toBeVisible();
      expect(await violations('[data-glossary-popup]')).toEqual([]);
    });
  }
});
