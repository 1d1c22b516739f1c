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
import {mkdirSync} from 'node:fs';
import path from 'node:path';
import {requireKoreanFont} from '../lib/browser';
import {serveBuiltSite} from '../lib/serve';
import {BUDGET, BUDGET_PAGES, CATEGORIES, cpuSlowdown, medianRun, performanceOf, reportName, type Category} from './lib/lighthouse';

const METRICS = [
  ['first-contentful-paint', 'FCP'],
  ['largest-contentful-paint', 'LCP'],
  ['total-blocking-time', 'TBT'],
  ['cumulative-layout-shift', 'CLS'],
] as const;

const port = Number(process.env.BENCH_PORT ?? 3230);
const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const reportDir = path.resolve(import.meta.dirname, '..', '..', 'reports', 'lighthouse');

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
      const {lhr, reports} = await medianRun(`${site.origin}${encodeURI(page)}`, reportName(page), {runs, reportDir});
      const performances = reports.map((report) => Math.round(performanceOf(report) * 100));
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

  const slowdown = cpuSlowdown();
  console.log(`CPU 감속 ${slowdown ?? 4}배${slowdown === undefined ? '(모바일 프리셋 기본값)' : ''}`);
  console.log(`| 페이지 | Performance (${runs}회 중앙값; 각 회) | Accessibility | Best Practices | SEO | 지표 | CPU 벤치마크 지수 |`);
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const {page, scores, performances, metrics, benchmarkIndex} of rows) {
    const [performance, ...others] = CATEGORIES.map((category) => scores[category]);
    console.log(`| \`${page}\` | ${performance} (${performances.join(', ')}) | ${others.join(' | ')} | ${metrics} | ${benchmarkIndex} |`);
  }
  const misses = rows.flatMap(({page, scores, failed}) =>
    CATEGORIES.filter((category) => scores[category] < BUDGET[category]).map(
      (category) =>
        `${page}: ${category} ${scores[category]} < ${BUDGET[category]} (failing audits: ${failed.join(', ') || 'none binary'})`,
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
