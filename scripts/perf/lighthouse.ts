/**
 * Lighthouse (mobile preset) on the page types that matter, served through the
 * production nginx configuration. Each page is measured LIGHTHOUSE_RUNS times
 * (3 by default) and the run with the median Performance score is reported, as
 * Lighthouse's own guidance on variability advises. Prints a table, writes the
 * JSON reports to reports/lighthouse/ (not committed) and exits non-zero below
 * budget.
 *
 *   npm run build && npm run bench:lighthouse
 *   npm run bench:lighthouse -- /docs/runtimes/overview   (only the pages named)
 *   LIGHTHOUSE_CPU_SLOWDOWN=6 npm run bench:lighthouse     (another CPU slowdown)
 */
import {execFile} from 'node:child_process';
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {promisify} from 'node:util';
import {CHROMIUM_ARGS, chromiumPath, requireKoreanFont} from '../lib/browser';
import {serveBuiltSite} from '../lib/serve';

const BUDGET_PAGES = ['/', '/docs/runtimes/overview', '/docs/cncf/maturity', '/search?q=컨테이너'];
const BUDGET = {performance: 95, accessibility: 100, 'best-practices': 100, seo: 100} as const;
type Category = keyof typeof BUDGET;
const CATEGORIES = Object.keys(BUDGET) as Category[];
const METRICS = [
  ['first-contentful-paint', 'FCP'],
  ['largest-contentful-paint', 'LCP'],
  ['total-blocking-time', 'TBT'],
  ['cumulative-layout-shift', 'CLS'],
] as const;

const port = Number(process.env.BENCH_PORT ?? 3230);
const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
// Lighthouse's 4x slowdown turns a high-end desktop (benchmark index 1500-2000)
// into a mid-tier phone; a faster or slower host can calibrate it
// (docs/throttling.md in the Lighthouse repository). The budget is for the default.
const cpuSlowdown = process.env.LIGHTHOUSE_CPU_SLOWDOWN;
if (cpuSlowdown !== undefined && !(Number(cpuSlowdown) > 0)) {
  throw new Error(`bench:lighthouse: LIGHTHOUSE_CPU_SLOWDOWN must be a positive number, got "${cpuSlowdown}"`);
}
// Chromium now and then loses the trace of a load (NO_NAVSTART); such a run is repeated.
const ATTEMPTS_PER_RUN = 3;
const reportDir = path.resolve(import.meta.dirname, '..', '..', 'reports', 'lighthouse');
// Lighthouse runs as its own CLI process: it serialises functions into the
// page, which breaks when a TypeScript loader has rewritten them.
const lighthouseCli = path.join(path.dirname(createRequire(import.meta.url).resolve('lighthouse/package.json')), 'cli', 'index.js');

type Report = {
  environment: {benchmarkIndex: number};
  categories: Record<string, {score: number | null}>;
  audits: Record<string, {id: string; score: number | null; scoreDisplayMode: string; displayValue?: string}>;
};

async function runLighthouse(url: string, outputPath: string): Promise<Report> {
  await promisify(execFile)(
    process.execPath,
    [
      lighthouseCli,
      url,
      '--quiet',
      '--output=json',
      `--output-path=${outputPath}`,
      `--only-categories=${CATEGORIES.join(',')}`,
      `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')}`,
      ...(cpuSlowdown === undefined ? [] : [`--throttling.cpuSlowdownMultiplier=${cpuSlowdown}`]),
    ],
    {env: {...process.env, CHROME_PATH: chromiumPath()}, maxBuffer: 64 * 1024 * 1024},
  );
  return JSON.parse(readFileSync(outputPath, 'utf8')) as Report;
}

async function runWithRetries(url: string, outputPath: string): Promise<Report> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await runLighthouse(url, outputPath);
    } catch (error) {
      if (attempt >= ATTEMPTS_PER_RUN) throw error;
      console.error(`lighthouse failed on ${url} (attempt ${attempt}), retrying: ${(error as Error).message.split('\n')[1] ?? ''}`);
    }
  }
}

const performanceOf = (lhr: Report): number => lhr.categories.performance?.score ?? 0;

/** The run with the median Performance score; its report is the one kept as <name>.json. */
async function medianRun(url: string, name: string): Promise<{lhr: Report; performances: number[]}> {
  const reports: Report[] = [];
  for (let run = 1; run <= runs; run += 1) {
    reports.push(await runWithRetries(url, path.join(reportDir, `${name}.run${run}.json`)));
  }
  const sorted = [...reports].sort((a, b) => performanceOf(a) - performanceOf(b));
  const lhr = sorted[Math.floor((sorted.length - 1) / 2)]!;
  writeFileSync(path.join(reportDir, `${name}.json`), JSON.stringify(lhr));
  return {lhr, performances: reports.map((report) => Math.round(performanceOf(report) * 100))};
}

function pagesToMeasure(): string[] {
  const named = process.argv.slice(2);
  const invalid = named.filter((page) => !page.startsWith('/'));
  if (invalid.length > 0) throw new Error(`bench:lighthouse: pages are site paths starting with "/", got: ${invalid.join(', ')}`);
  return named.length > 0 ? named : BUDGET_PAGES;
}

async function main(): Promise<void> {
  const pages = pagesToMeasure();
  requireKoreanFont();
  mkdirSync(reportDir, {recursive: true});
  const site = await serveBuiltSite(port);
  const rows: Array<{
    page: string;
    scores: Record<Category, number>;
    failed: string[];
    performances: number[];
    metrics: string;
    benchmarkIndex: number;
  }> = [];
  try {
    for (const page of pages) {
      const name = page.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home';
      const {lhr, performances} = await medianRun(`${site.origin}${encodeURI(page)}`, name);
      const scores = Object.fromEntries(
        CATEGORIES.map((category) => [category, Math.round((lhr.categories[category]?.score ?? 0) * 100)]),
      ) as Record<Category, number>;
      const failed = Object.values(lhr.audits)
        .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
        .map((audit) => audit.id);
      const metrics = METRICS.map(([id, label]) => `${label} ${lhr.audits[id]?.displayValue ?? '?'}`).join(', ');
      rows.push({page, scores, failed, performances, metrics, benchmarkIndex: Math.round(lhr.environment.benchmarkIndex)});
    }
  } finally {
    await site.stop();
  }

  console.log(`CPU 감속 ${cpuSlowdown ?? 4}배${cpuSlowdown === undefined ? '(모바일 프리셋 기본값)' : ''}`);
  console.log(`| 페이지 | Performance (${runs}회 중앙값; 각 회) | Accessibility | Best Practices | SEO | 지표 | CPU 벤치마크 지수 |`);
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const {page, scores, performances, metrics, benchmarkIndex} of rows) {
    const [performance, ...others] = CATEGORIES.map((category) => scores[category]);
    console.log(`| \`${page}\` | ${performance} (${performances.join(', ')}) | ${others.join(' | ')} | ${metrics} | ${benchmarkIndex} |`);
  }
  const misses = rows.flatMap(({page, scores, failed}) =>
    CATEGORIES.filter((category) => scores[category] < BUDGET[category]).map(
      (category) => `${page}: ${category} ${scores[category]} < ${BUDGET[category]} (failing audits: ${failed.join(', ') || 'none binary'})`,
    ),
  );
  for (const miss of misses) console.error(`budget missed: ${miss}`);
  console.log(`reports: ${path.relative(process.cwd(), reportDir)}/`);
  if (misses.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
