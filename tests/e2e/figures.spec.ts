import {expect, test, type Page} from '@playwright/test';
import {violationsOn} from './axe';
import {figurePages} from './figure-pages';
import {expectHydrated} from './hydrated';
import {openOnPhone} from './phone';

/** The SVG drawing of every figure (src/components/Figure) on the page. */
const drawings = (page: Page) => page.locator('figure > svg');

test('the sources show figures on the pages this spec checks', () => {
  // A guard for the guard: if figure-pages.ts stopped finding figures, every test below would pass on nothing.
  expect(figurePages.get('/')).toBe(1);
  expect([...figurePages.values()].reduce((sum, count) => sum + count, 0)).toBeGreaterThanOrEqual(30);
});

test('the home page shows the VM-vs-container picture', async ({page}) => {
  await page.goto('/');
  const picture = page.getByRole('img', {name: '가상머신과 컨테이너의 계층 구조'});
  await expect(picture).toBeVisible();
  expect((await picture.boundingBox())?.width).toBeGreaterThan(300);
  await expect(page.locator('figure', {has: picture}).locator('figcaption')).toContainText('컨테이너');
});

for (const [path, count] of figurePages) {
  test.describe(`figures on ${path}`, () => {
    test('each is an image with a name, a caption and a long description', async ({page}) => {
      await page.goto(path);
      await expect(drawings(page)).toHaveCount(count);
      for (const svg of await drawings(page).all()) {
        await expect(svg).toHaveAttribute('role', 'img');
        const title = (await svg.locator('title').textContent()) ?? '';
        expect(title).toMatch(/\S{2}/);
        await expect(svg).toHaveAccessibleName(title);
        // The description says in sentences everything the picture shows.
        await expect(svg).toHaveAccessibleDescription(/^.{120,}$/s);
        const figure = svg.locator('xpath=..');
        await expect(figure.locator('figcaption')).toHaveText(/^.{20,}$/s);
      }
    });

    test('on a 390 px phone the page does not scroll sideways and each figure fits its column, text whole', async ({browser}) => {
      const {context, page} = await openOnPhone(browser, path);
      const layout = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
        figures: Array.from(document.querySelectorAll<SVGSVGElement>('figure > svg')).map((svg) => {
          const column = svg.closest('figure')!.parentElement!.getBoundingClientRect();
          const drawn = svg.getBoundingClientRect();
          const box = svg.viewBox.baseVal;
          const cut = Array.from(svg.querySelectorAll('text'))
            .filter((text) => {
              const b = text.getBBox();
              return b.x < box.x || b.y < box.y || b.x + b.width > box.x + box.width || b.y + b.height > box.y + box.height;
            })
            .map((text) => text.textContent);
          return {left: drawn.left - column.left, right: column.right - drawn.right, width: drawn.width, cut};
        }),
      }));
      expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth);
      for (const figure of layout.figures) {
        expect(figure.left).toBeGreaterThanOrEqual(-0.5);
        expect(figure.right).toBeGreaterThanOrEqual(-0.5);
        expect(figure.width).toBeGreaterThan(200);
        expect(figure.cut, 'text drawn outside the picture is cut off').toEqual([]);
      }
      await context.close();
    });

    test('in dark mode every box is dark and every label light, like the page', async ({page}) => {
      await page.emulateMedia({colorScheme: 'dark'});
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      const {background, boxes, labels} = await coloursOf(page);
      expect(luminance(background)).toBeLessThan(0.05);
      expect(boxes.length).toBeGreaterThan(0);
      expect(boxes.filter(({fill}) => luminance(fill) > 0.1)).toEqual([]);
      expect(labels.filter(({fill}) => luminance(fill) < 0.35)).toEqual([]);
    });

    for (const scheme of ['light', 'dark'] as const) {
      test(`in ${scheme} mode every label stands out from the box it sits in (4.5:1)`, async ({page}) => {
        // axe does not measure the contrast of SVG text; this does, against the fill of the box around each label.
        await page.emulateMedia({colorScheme: scheme});
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
        const {labels} = await coloursOf(page);
        const faint = labels
          .map(({text, fill, under}) => ({text, ratio: contrast(fill, under)}))
          .filter(({ratio}) => ratio < 4.5)
          .map(({text, ratio}) => `"${text}" ${ratio.toFixed(2)}:1`);
        expect(faint).toEqual([]);
      });
    }

    // The whole pages are axe's in a11y.spec.ts, by page type; here axe reads each figure, in its page.
    for (const scheme of ['light', 'dark'] as const) {
      test(`axe finds no violations in the figures in ${scheme} mode`, async ({page}) => {
        await page.emulateMedia({colorScheme: scheme});
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
        await expectHydrated(page);
        expect(await violationsOn(page, 'figure:has(> svg)')).toEqual([]);
      });
    }

    test('axe finds no violations in the figures on a phone', async ({browser}) => {
      const {context, page} = await openOnPhone(browser, path);
      expect(await violationsOn(page, 'figure:has(> svg)')).toEqual([]);
      await context.close();
    });
  });
}

type Colours = {
  /** What the page paints behind the figures. */
  background: string;
  boxes: Array<{box: string; fill: string}>;
  /** Each label's colour and the colour under it: the smallest box around it, else the page. */
  labels: Array<{text: string; fill: string; under: string}>;
};

/** The computed colours of every figure's boxes and labels, as CSS colour strings. */
function coloursOf(page: Page): Promise<Colours> {
  return page.evaluate(() => {
    const svgs = Array.from(document.querySelectorAll<SVGSVGElement>('figure > svg'));
    let background = 'rgb(255, 255, 255)';
    for (let at: Element | null = svgs[0] ?? null; at; at = at.parentElement) {
      const colour = getComputedStyle(at).backgroundColor;
      if (!/^rgba\(.*,\s*0\)$|^transparent$/.test(colour)) {
        background = colour;
        break;
      }
    }
    const boxes = svgs.flatMap((svg) =>
      Array.from(svg.querySelectorAll('.fig-box, .fig-box-accent, .fig-box-muted, .fig-box-warn')).map((box) => ({
        box: box.getAttribute('class') ?? '',
        fill: getComputedStyle(box).fill,
      })),
    );
    const labels = svgs.flatMap((svg) => {
      const rects = Array.from(svg.querySelectorAll('rect')).map((rect) => ({rect, b: rect.getBBox()}));
      return Array.from(svg.querySelectorAll('text')).map((text) => {
        const t = text.getBBox();
        const [x, y] = [t.x + t.width / 2, t.y + t.height / 2];
        const around = rects
          .filter(({b}) => x > b.x && x < b.x + b.width && y > b.y && y < b.y + b.height)
          .sort((p, q) => p.b.width * p.b.height - q.b.width * q.b.height)[0];
        return {
          text: text.textContent ?? '',
          fill: getComputedStyle(text).fill,
          under: around ? getComputedStyle(around.rect).fill : background,
        };
      });
    });
    return {background, boxes, labels};
  });
}

/** WCAG relative luminance of an rgb() colour. */
function luminance(colour: string): number {
  const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (lighter! + 0.05) / (darker! + 0.05);
}
