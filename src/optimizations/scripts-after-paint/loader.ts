/**
 * The inline script at the end of every page's body that starts the entry
 * scripts (runtime~main.js, main.js), in order, once the page is on screen:
 * after the first contentful paint and two more frames, so that a first
 * paint of part of the body (a busy phone's parser yields) is followed by one
 * of all of it before main.js runs. At once when the browser has no paint
 * timing or the page is not visible (a hidden page paints nothing).
 *
 * Plain ES5, since it runs before any bundle; written out as text because a
 * transpiled function's source would carry the TypeScript loader's helpers.
 */
export const LOADER = `(function () {
  var started = false;
  var observer;
  function start() {
    if (started) return;
    started = true;
    if (observer) observer.disconnect();
    document.removeEventListener('visibilitychange', start);
    document.querySelectorAll('link[data-entry-script]').forEach(function (link) {
      var script = document.createElement('script');
      script.src = link.getAttribute('href');
      script.async = false;
      document.head.appendChild(script);
    });
  }
  var paintTiming = window.PerformanceObserver && PerformanceObserver.supportedEntryTypes && PerformanceObserver.supportedEntryTypes.indexOf('paint') >= 0;
  if (!paintTiming || document.visibilityState !== 'visible') return start();
  document.addEventListener('visibilitychange', start);
  observer = new PerformanceObserver(function (list) {
    if (list.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    requestAnimationFrame(function () {
      requestAnimationFrame(start);
    });
  });
  observer.observe({type: 'paint', buffered: true});
})();`;

/** An entry script as Docusaurus's template writes it and its HTML minifier leaves it. */
const ENTRY_SCRIPT = /<script src=("?)([^"\s>]+)\1 defer><\/script>/g;

/**
 * A built page with its entry scripts preloaded (fetched from the start, at
 * the low priority they had) instead of deferred; the loader, which
 * injectHtmlTags put at the end of the body, runs them. Throws, naming the
 * file, when the page has no entry script or no loader.
 */
export function preloadEntryScripts(html: string, file: string): string {
  let count = 0;
  const rewritten = html.replace(ENTRY_SCRIPT, (_tag, _quote, src: string) => {
    count += 1;
    return `<link rel=preload as=script fetchpriority=low href=${src} data-entry-script>`;
  });
  if (count === 0) {
    throw new Error(
      `src/optimizations/scripts-after-paint: ${file} has no entry script of the form <script src=… defer></script>; ` +
        "Docusaurus's page template or HTML minifier has changed (npm run pins:diff), or turn the unit off (SITE_OPTIMIZATIONS).",
    );
  }
  if (!html.includes('link[data-entry-script]')) {
    throw new Error(`src/optimizations/scripts-after-paint: ${file} has no loader for its entry scripts (injectHtmlTags did not run?).`);
  }
  return rewritten;
}
