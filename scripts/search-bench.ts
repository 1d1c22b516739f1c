/**
 * Search quality and speed, measured through the real search UI of the built
 * site in headless Chromium: every query on the /search page, a sample in the
 * navbar box (whose results are opened one by one to learn where they lead).
 *
 *   npm run build && npm run bench:search [-- --queries tests/search/queries.typo.json …] [--navbar-sample 10] [--repeat 3]
 *
 * Without --queries, every set in tests/search (dev, extra, typo) is run. A
 * query file is a JSON array of {"q": "…", "expect": ["/docs/page", …]}; a
 * query is answered when one of its pages (anchors ignored) is among the first
 * five pages listed. A query the search read as another (a typo corrected) is
 * counted, in both UIs.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {gzipSync, constants} from 'node:zlib';
import {chromium, type Page} from '@playwright/test';
import {chromiumLaunchOptions} from './lib/browser';
import {serveBuiltSite} from './lib/serve';

type Query = {q: string; expect: string[]};
type Outcome = {query: Query; pages: string[]; titles: string[]; latencyMs: number; corrected: boolean};

const root = path.resolve(import.meta.dirname, '..');
const K = 5;

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

/** Every value of an option given more than once. */
function options(name: string): string[] {
  return process.argv.flatMap((arg, i) =>
    arg === `--${name}` && process.argv[i + 1] !== undefined ? [process.argv[i + 1] as string] : [],
  );
}

const QUERY_SETS = ['dev', 'extra', 'typo'].map((set) => path.join(root, 'tests', 'search', `queries.${set}.json`));
// What the search page and the navbar box say when a word was read as another.
const CORRECTION = /\(으\)로 찾은 결과입니다/;

function readQueries(file: string): Query[] {
  const queries = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  if (!Array.isArray(queries) || !queries.every((item: Query) => typeof item?.q === 'string' && Array.isArray(item.expect))) {
    throw new Error(`${file}: expected a JSON array of {"q": string, "expect": string[]}`);
  }
  return queries as Query[];
}

/** Pages in the order they are first listed, without query string or anchor. */
function pagesOf(hrefs: readonly string[]): string[] {
  return [...new Set(hrefs.map((href) => new URL(href, 'http://x').pathname.replace(/\/$/, '') || '/'))];
}

function rankOf(outcome: {query: Query; pages: string[]}): number {
  return outcome.pages.findIndex((page) => outcome.query.expect.includes(page));
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
}

// Records, in the page, when the reader's input arrived and when the results
// for it were first drawn, so that the figure excludes Playwright's own round trips.
async function instrument(page: Page, resultsSelector: string): Promise<void> {
  await page.evaluate((selector) => {
    const w = window as unknown as {benchInputAt?: number; benchResultsAt?: number};
    document.addEventListener(
      'input',
      () => {
        w.benchInputAt = performance.now();
        w.benchResultsAt = undefined;
      },
      true,
    );
    new MutationObserver(() => {
      if (w.benchInputAt !== undefined && w.benchResultsAt === undefined && document.querySelector(selector)) {
        w.benchResultsAt = performance.now();
      }
    }).observe(document.body, {childList: true, subtree: true});
  }, resultsSelector);
}

async function latency(page: Page): Promise<number> {
  return page.evaluate(() => {
    const w = window as unknown as {benchInputAt?: number; benchResultsAt?: number};
    return (w.benchResultsAt ?? NaN) - (w.benchInputAt ?? NaN);
  });
}

// The line that says how many pages were found (or none): there once the results for the query are in.
const PAGE_DONE = 'main [data-search-done]';

// Each query is timed this many times and its fastest run kept (--repeat): on a busy machine the other
// processes only ever add time, so the minimum is the figure that compares across runs.
const REPEAT = Math.max(1, Number(option('repeat', '1')));

async function searchPage(page: Page, origin: string, queries: readonly Query[]): Promise<Outcome[]> {
  await page.goto(`${origin}/search`);
  await instrument(page, PAGE_DONE);
  const input = page.locator('main input[type="search"]');
  // The first search waits for the index download; latency is measured once it is in.
  await input.fill(queries[0]?.q ?? '컨테이너');
  await page.locator(PAGE_DONE).waitFor();
  const outcomes: Outcome[] = [];
  for (const query of queries) {
    let latencyMs = Infinity;
    for (let run = 0; run < REPEAT; run += 1) {
      await input.fill('');
      await page.locator(PAGE_DONE).waitFor({state: 'detached'});
      await input.fill(query.q);
      await page.locator(PAGE_DONE).waitFor();
      latencyMs = Math.min(latencyMs, await latency(page));
    }
    const links = page.locator('main article h2 a');
    const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    const texts = await links.allTextContents();
    const pages = pagesOf(hrefs);
    const titles = pages.map((p) => texts[hrefs.findIndex((href) => pagesOf([href])[0] === p)] ?? '');
    const corrected = (await page.locator('main').getByText(CORRECTION).count()) > 0;
    outcomes.push({query, pages, titles, latencyMs, corrected});
  }
  return outcomes;
}

const NAVBAR_OPTION = '.navbar [role="option"]';
const NAVBAR_DONE = `${NAVBAR_OPTION}, .navbar [class*="noResults"]`;

async function typeInNavbar(page: Page, text: string): Promise<number> {
  const box = page.locator('.navbar .navbar__search-input');
  await box.click();
  await box.fill('');
  await page.locator(NAVBAR_DONE).first().waitFor({state: 'detached'});
  await box.fill(text);
  await page.locator(NAVBAR_DONE).first().waitFor();
  return page.locator(NAVBAR_OPTION).count();
}

/**
 * Opens each suggestion in turn (keyboard, as a reader would) and notes where
 * it leads; a first suggestion that says the query was corrected is noted and
 * skipped, since it leads to the search page rather than a result.
 */
async function navbar(page: Page, origin: string, query: Query): Promise<Outcome> {
  await page.goto(`${origin}/`);
  await instrument(page, NAVBAR_DONE);
  // The first search waits for the index download; the next ones are timed.
  await typeInNavbar(page, query.q);
  let count = 0;
  let latencyMs = Infinity;
  for (let run = 0; run < REPEAT; run += 1) {
    count = await typeInNavbar(page, query.q);
    latencyMs = Math.min(latencyMs, await latency(page));
  }
  const corrected = CORRECTION.test((await page.locator(NAVBAR_OPTION).first().textContent()) ?? '');
  const hrefs: string[] = [];
  for (let i = corrected ? 1 : 0; i < count; i += 1) {
    if (hrefs.length > 0) {
      await page.goBack();
      await typeInNavbar(page, query.q);
    }
    for (let k = 0; k < i; k += 1) await page.keyboard.press('ArrowDown');
    const before = page.url();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.href !== before);
    hrefs.push(page.url());
  }
  return {query, pages: pagesOf(hrefs), titles: [], latencyMs, corrected};
}

function indexSizes(buildDir: string): {label: string; file: string; raw: number; gzip: number}[] {
  return readdirSync(buildDir, {recursive: true, encoding: 'utf8'})
    .filter((file) => /^search-index.*\.json$/.test(path.basename(file)))
    .sort()
    .map((file) => {
      const raw = readFileSync(path.join(buildDir, file));
      // Locales other than the default live in build/<locale>/, older docs versions in …/docs/<version>/.
      const segments = path
        .dirname(file)
        .split(path.sep)
        .filter((segment) => segment !== '.');
      const docsAt = segments.indexOf('docs');
      const locale = (docsAt === 0 || segments.length === 0 ? undefined : segments[0]) ?? 'default locale';
      const version = docsAt >= 0 ? (segments[docsAt + 1] ?? 'latest') : 'latest';
      return {label: `${locale}, ${version}`, file, raw: raw.length, gzip: gzipSync(raw, {level: constants.Z_BEST_COMPRESSION}).length};
    });
}

function sample<T>(items: readonly T[], n: number): T[] {
  if (n >= items.length) return [...items];
  return Array.from({length: n}, (_, i) => items[Math.floor((i * items.length) / n)]).filter((item): item is T => item !== undefined);
}

const figures = (latencies: number[]) =>
  latencies.length === 0
    ? 'not measured'
    : `median ${percentile(latencies, 0.5).toFixed(0)} ms, p95 ${percentile(latencies, 0.95).toFixed(0)} ms (${latencies.length} queries)`;

/** Runs one query file through both UIs and prints what it found and how fast. */
async function runSet(
  page: Page,
  origin: string,
  queriesFile: string,
  navbarSample: number,
): Promise<{onPage: Outcome[]; onNavbar: Outcome[]}> {
  const queries = readQueries(queriesFile);
  const onPage = await searchPage(page, origin, queries);
  const onNavbar: {outcome: Outcome; full: Outcome}[] = [];
  for (const query of sample(queries, navbarSample)) {
    const full = onPage.find((outcome) => outcome.query === query);
    if (full) onNavbar.push({outcome: await navbar(page, origin, query), full});
  }

  const ranks = onPage.map(rankOf);
  const recall = ranks.filter((rank) => rank >= 0 && rank < K).length / queries.length;
  const mrr = ranks.reduce((sum, rank) => sum + (rank >= 0 ? 1 / (rank + 1) : 0), 0) / queries.length;
  console.log(`\nqueries: ${path.relative(process.cwd(), queriesFile)} (${queries.length})`);
  console.log(
    `search page: recall@${K} ${recall.toFixed(3)}, MRR ${mrr.toFixed(3)}; read as another query (a typo corrected): ${onPage.filter((o) => o.corrected).length}`,
  );
  for (const outcome of onPage) {
    const rank = rankOf(outcome);
    if (rank === 0) continue;
    const where = rank < 0 ? 'not found' : `found at ${rank + 1}`;
    const got = outcome.pages.slice(0, K).map((p, i) => `${p} (${outcome.titles[i]?.trim()})`);
    console.log(
      `  ${rank >= K || rank < 0 ? 'MISS' : 'low '} "${outcome.query.q}": ${where}; expected ${outcome.query.expect.join(' or ')}`,
    );
    console.log(`       got ${got.join(', ') || 'nothing'}`);
  }

  const agree = onNavbar.filter(({outcome, full}) => outcome.pages.every((p, i) => full.pages[i] === p));
  const navbarHits = onNavbar.filter(({outcome}) => rankOf(outcome) >= 0).length;
  const noticesAgree = onNavbar.filter(({outcome, full}) => outcome.corrected === full.corrected).length;
  console.log(
    `navbar (${onNavbar.length} queries): same page order as the search page for ${agree.length}, ` +
      `expected page among the suggestions for ${navbarHits}, same correction notice (or none) as the search page for ${noticesAgree}`,
  );
  for (const {outcome, full} of onNavbar.filter((item) => !agree.includes(item))) {
    console.log(
      `  differs: "${outcome.query.q}": navbar ${outcome.pages.join(', ')}; page ${full.pages.slice(0, outcome.pages.length).join(', ')}`,
    );
  }
  console.log('typing to results, index loaded:');
  console.log(`  search page: ${figures(onPage.map((outcome) => outcome.latencyMs).filter(Number.isFinite))}`);
  console.log(`  navbar:      ${figures(onNavbar.map(({outcome}) => outcome.latencyMs).filter(Number.isFinite))}`);
  return {onPage, onNavbar: onNavbar.map(({outcome}) => outcome)};
}

async function main(): Promise<void> {
  const given = options('queries');
  const queryFiles = given.length > 0 ? given.map((file) => path.resolve(file)) : QUERY_SETS;
  const navbarSample = Number(option('navbar-sample', '10'));
  const port = Number(option('port', process.env.BENCH_PORT ?? '3233'));
  const site = await serveBuiltSite(port);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage({locale: 'ko-KR'});
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const all: {onPage: Outcome[]; onNavbar: Outcome[]}[] = [];
    for (const file of queryFiles) all.push(await runSet(page, site.origin, file, navbarSample));

    if (all.length > 1) {
      console.log('\ntyping to results, index loaded, all sets:');
      console.log(`  search page: ${figures(all.flatMap((set) => set.onPage.map((o) => o.latencyMs)).filter(Number.isFinite))}`);
      console.log(`  navbar:      ${figures(all.flatMap((set) => set.onNavbar.map((o) => o.latencyMs)).filter(Number.isFinite))}`);
    }
    console.log('search index (raw / gzip):');
    for (const {label, file, raw, gzip} of indexSizes(path.join(root, 'build'))) {
      console.log(`  ${label}: ${(raw / 1024).toFixed(0)} KiB / ${(gzip / 1024).toFixed(0)} KiB  (build/${file})`);
    }
    if (pageErrors.length > 0) {
      console.error(`page errors during the run:\n  ${pageErrors.join('\n  ')}`);
      process.exitCode = 1;
    }
  } finally {
    await browser.close();
    await site.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
