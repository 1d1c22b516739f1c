import assert from 'node:assert/strict';
import {test} from 'node:test';
import {preloadEntryScripts} from '../../src/optimizations/scripts-after-paint/loader';

// A built page as Docusaurus's template and HTML minifier write it, with the loader injectHtmlTags adds.
const page = (head: string) =>
  `<!doctype html><html lang=ko><head><link rel=stylesheet href=/assets/css/styles.css />${head}</head>` +
  '<body><div id=__docusaurus><main>본문</main></div>' +
  '<script>!function(){document.querySelectorAll("link[data-entry-script]")}()</script></body></html>';

test("a built page's entry scripts become preloads, in their order, and nothing else changes", () => {
  const html = page('<script src=/assets/js/runtime~main.1.js defer></script><script src=/assets/js/main.2.js defer></script>');
  assert.equal(
    preloadEntryScripts(html, 'docs/a.html'),
    page(
      '<link rel=preload as=script fetchpriority=low href=/assets/js/runtime~main.1.js data-entry-script>' +
        '<link rel=preload as=script fetchpriority=low href=/assets/js/main.2.js data-entry-script>',
    ),
  );
});

test('quoted sources are understood too', () => {
  assert.match(
    preloadEntryScripts(page('<script src="/assets/js/main.2.js" defer></script>'), 'a.html'),
    /href=\/assets\/js\/main\.2\.js data-entry-script>/,
  );
});

test('a page whose entry scripts are not where the build expects them stops the build, naming the file', () => {
  assert.throws(
    () => preloadEntryScripts(page('<script type=module src=/assets/js/main.2.js></script>'), 'docs/a.html'),
    /docs\/a\.html has no entry script of the form/,
  );
});

test('a page without the loader stops the build: its scripts would never start', () => {
  const html = page('<script src=/assets/js/main.2.js defer></script>').replace(/<script>.*?<\/script>/, '');
  assert.throws(() => preloadEntryScripts(html, 'docs/a.html'), /docs\/a\.html has no loader/);
});
