/**
 * Lighthouse (mobile preset) on the page types that matter, served through the
 * production nginx configuration. Prints a table, writes the JSON reports to
 * reports/lighthouse/ (not committed) and exits non-zero below budget.
 *
 *   npm run build && npm run bench:lighthouse
 */
import {execFile} from 'node:child_process';
import {mkdirSync, readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {promisify} from 'node:util';
import {CHROMIUM_ARGS, chromiumPath} from '../lib/browser';
import {serveBuiltSite} from '../lib/serve';

const PAGES = ['/', '/docs/runtimes/overview', '/docs/cncf/maturity', '/search?q=컨테이너'];
const BUDGET = {performance: 95, accessibility: 100, 'best-practices': 100, seo: 100} as const;
type Category = keyof typeof BUDGET;
const CATEGORIES = Object.keys(BUDGET) as Category[];

const port = Number(process.env.BENCH_PORT ?? 3230);
const reportDir = path.resolve(import.meta.dirname, '..', '..', 'reports', 'lighthouse');
// Lighthouse runs as its own CLI process: it serialises functions into the
// page, which breaks when a TypeScript loader has rewritten them.
const lighthouseCli = path.join(path.dirname(createRequire(import.meta.url).resolve('lighthouse/package.json')), 'cli', 'index.js');

type Report = {categories: Record<string, {score: number | null}>; audits: Record<string, {id: string; score: number | null; scoreDisplayMode: string}>};

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
    ],
    {env: {...process.env, CHROME_PATH: chromiumPath()}, maxBuffer: 64 * 1024 * 1024},
  );
  return JSON.parse(readFileSync(outputPath, 'utf8')) as Report;
}

async function main(): Promise<void> {
  mkdirSync(reportDir, {recursive: true});
  const site = await serveBuiltSite(port);
  const rows: Array<{page: string; scores: Record<Category, number>; failed: string[]}> = [];
  try {
    for (const page of PAGES) {
      const name = page.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home';
      const lhr = await runLighthouse(`${site.origin}${encodeURI(page)}`, path.join(reportDir, `${name}.json`));
      const scores = Object.fromEntries(
        CATEGORIES.map((category) => [category, Math.round((lhr.categories[category]?.score ?? 0) * 100)]),
      ) as Record<Category, number>;
      const failed = Object.values(lhr.audits)
        .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
        .map((audit) => audit.id);
      rows.push({page, scores, failed});
    }
  } finally {
    await site.stop();
  }

  console.log('| 페이지 | Performance | Accessibility | Best Practices | SEO |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const {page, scores} of rows) {
    console.log(`| \`${page}\` | ${CATEGORIES.map((category) => scores[category]).join(' | ')} |`);
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
