import {expect, test} from '@playwright/test';
import {violationsOn} from './axe';
import {expectHydrated} from './hydrated';
import {openOnPhone} from './phone';

const PAGE_TYPES: Record<string, string> = {
  home: '/',
  'docs start': '/docs',
  doc: '/docs/runtimes/overview',
  'doc with code': '/docs/layers/dockerfile',
  'category index': '/docs/layers',
  'containers index': '/docs/containers',
  'runtimes index': '/docs/runtimes',
  'storage index': '/docs/storage',
  'networking index': '/docs/networking',
  'security index': '/docs/security',
  'CNCF index': '/docs/cncf',
  glossary: '/docs/glossary',
  'maturity table': '/docs/cncf/maturity',
  'archived edition': '/docs/1.0/cncf/projects',
  'blog list': '/blog',
  'blog post': '/blog/2026/11/25/dockershim-runtime-choice',
  'blog tags': '/blog/tags',
  search: '/search?q=컨테이너',
  // The notice that a word was read as another, and its link to the words as typed.
  'search with a corrected typo': '/search?q=런타입',
  '404': '/no-such-page',
};

for (const scheme of ['light', 'dark'] as const) {
  for (const [type, path] of Object.entries(PAGE_TYPES)) {
    test(`axe finds no violations on the ${type} page in ${scheme} mode`, async ({page}) => {
      // axe walks every node; the maturity table alone has thousands.
      test.slow();
      await page.emulateMedia({colorScheme: scheme});
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      await expectHydrated(page);
      if (type.startsWith('search')) await expect(page.locator('.main-wrapper article').first()).toBeVisible();
      expect(await violationsOn(page)).toEqual([]);
    });
  }
}

test('axe finds no violations on a phone, where a wide table scrolls in its own box', async ({browser}) => {
  const {context, page} = await openOnPhone(browser, '/docs/containers/vm-vs-container');
  // The case the rule is about: without it, axe has nothing that scrolls to check.
  await expect(page.getByRole('region', {name: /^표: /}).first()).toBeVisible();
  expect(await violationsOn(page)).toEqual([]);
  await context.close();
});
