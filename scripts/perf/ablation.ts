/**
 * npm run bench:ablation: what each unit of the optimization layer is worth.
 * Builds the site with the whole layer, with each unit removed in turn, and
 * without the layer (as npm run build:plain does), serves each build through
 * the production nginx configuration, and measures the four budget pages:
 * Lighthouse Performance (median of ABLATION_RUNS, at least 3, with the CPU
 * slowdown of bench:lighthouse: LIGHTHOUSE_CPU_SLOWDOWN calibrates it), TBT and
 * LCP of the median run, and first-load KiB and JavaScript KiB as
 * bench:weight counts them. The full build is measured twice as often, and
 * the spread of its runs is the noise a removal must exceed to count.
 *
 *   npm run bench:ablation                      (every unit)
 *   npm run bench:ablation -- idle-prefetch     (the full layer, that unit removed, and the plain build)
 *
 * Prints Markdown tables (one per page) and writes reports/ablation.json.
 * Builds go to build-ablation/ (not committed). Takes about four minutes per
 * build on a 2-core machine; run it on a quiet one.
 */
import {execFileSync} from 'node:child_process';
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {UNITS, type UnitId} from '../../src/optimizations/manifest';
import {SWITCH} from '../../src/optimizations/layer';
import {requireKoreanFont} from '../lib/browser';
import {SITE_ROOT} from '../lib/buildDir';
import {serveBuiltSite} from '../lib/serve';
import {BUDGET_PAGES, medianRun, performanceOf, reportName, type Report} from './lib/lighthouse';
import {measure} from './lib/weight';

const runs = Math.max(3, Number(process.env.ABLATION_RUNS ?? 3));
const port = Number(process.env.BENCH_PORT ?? 3232);
const reportDir = path.join(SITE_ROOT, 'reports', 'ablation');
const buildRoot = path.join(SITE_ROOT, 'build-ablation');

type Config = {name: string; setting: string};
type PageResult = {
  performance: number;
  performances: number[];
  tbt: number;
  tbts: number[];
  lcp: number;
  lcps: number[];
  kib: number;
  jsKib: number;
  benchmarkIndex: number;
};
type Result = {config: Config; pages: Record<string, PageResult>};

function configs(): Config[] {
  const ids = UNITS.map(({id}) => id as string);
  const named = process.argv.slice(2);
  const unknown = named.filter((id) => !ids.includes(id));
  if (unknown.length > 0) throw new Error(`bench:ablation: no unit named ${unknown.join(', ')}; units: ${ids.join(', ')}`);
  const removed = (named.length > 0 ? named : ids) as UnitId[];
  return [{name: 'full', setting: 'on'}, ...removed.map((id) => ({name: `-${id}`, setting: `-${id}`})), {name: 'plain', setting: 'off'}];
}

function build({name, setting}: Config): string {
  const outDir = path.join(buildRoot, name);
  console.error(`[ablation] building ${name} (${SWITCH}=${setting})`);
  const env = {...process.env, [SWITCH]: setting};
  execFileSync('npx', ['docusaurus', 'build', '--out-dir', outDir], {cwd: SITE_ROOT, env, stdio: ['ignore', 'ignore', 'inherit']});
  execFileSync('npx', ['tsx', 'scripts/postbuild.ts', outDir], {cwd: SITE_ROOT, env, stdio: ['ignore', 'ignore', 'inherit']});
  return outDir;
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;
const tbtOf = (report: Report): number => report.audits['total-blocking-time']?.numericValue ?? 0;
const lcpOf = (report: Report): number => report.audits['largest-contentful-paint']?.numericValue ?? 0;

async function measureBuild(config: Config, outDir: string, times: number): Promise<Result> {
  const site = await serveBuiltSite(port, outDir);
  const pages: Record<string, PageResult> = {};
  try {
    for (const page of BUDGET_PAGES) {
      const url = `${site.origin}${encodeURI(page)}`;
      const dir = path.join(reportDir, config.name);
      mkdirSync(dir, {recursive: true});
      const {lhr, reports} = await medianRun(url, reportName(page), {runs: times, reportDir: dir, categories: ['performance']});
      const weight = await measure(url, site.origin);
      pages[page] = {
        performance: Math.round(performanceOf(lhr) * 100),
        performances: reports.map((report) => Math.round(performanceOf(report) * 100)),
        tbt: Math.round(median(reports.map(tbtOf))),
        tbts: reports.map((report) => Math.round(tbtOf(report))),
        lcp: Math.round(median(reports.map(lcpOf))),
        lcps: reports.map((report) => Math.round(lcpOf(report))),
        kib: weight.total / 1024,
        jsKib: (weight.byType.get('script') ?? 0) / 1024,
        benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
      };
      console.error(
        `[ablation] ${config.name} ${page}: ${pages[page]!.performance} (${pages[page]!.performances.join(', ')}), TBT ${pages[page]!.tbt} ms`,
      );
    }
  } finally {
    await site.stop();
  }
  return {config, pages};
}

/** Run-to-run noise of the full build on one page: the spread of its runs. */
function noiseOf(full: PageResult): {performance: number; tbt: number; lcp: number} {
  const spread = (values: number[]): number => Math.max(...values) - Math.min(...values);
  return {performance: spread(full.performances), tbt: spread(full.tbts), lcp: spread(full.lcps)};
}

/**
 * Whether removing a unit costs more than the noise on some budget page:
 * a lower median Performance, or a higher median TBT or LCP, by more than the
 * full build's spread, or more bytes (0.5 KiB; weight does not vary between runs).
 */
function pays(full: Result, without: Result): string[] {
  return BUDGET_PAGES.flatMap((page) => {
    const a = full.pages[page]!;
    const b = without.pages[page]!;
    const noise = noiseOf(a);
    const reasons: string[] = [];
    if (a.performance - b.performance > noise.performance) reasons.push(`${page} Performance ${a.performance} → ${b.performance}`);
    if (b.tbt - a.tbt > noise.tbt) reasons.push(`${page} TBT ${a.tbt} → ${b.tbt} ms`);
    if (b.lcp - a.lcp > noise.lcp) reasons.push(`${page} LCP ${a.lcp} → ${b.lcp} ms`);
    if (b.kib - a.kib > 0.5) reasons.push(`${page} +${(b.kib - a.kib).toFixed(1)} KiB`);
    return reasons;
  });
}

function printTables(results: Result[]): void {
  const full = results.find(({config}) => config.name === 'full')!;
  for (const page of BUDGET_PAGES) {
    const noise = noiseOf(full.pages[page]!);
    console.log(
      `\n#### \`${page}\` (noise: Performance ±${noise.performance}, TBT ±${noise.tbt} ms, LCP ±${noise.lcp} ms over ${full.pages[page]!.performances.length} runs of the full build)\n`,
    );
    console.log('| Build | Performance (median; runs) | TBT ms (median) | LCP ms (median) | First load KiB | JS KiB |');
    console.log('| --- | --- | --- | --- | --- | --- |');
    for (const {config, pages} of results) {
      const r = pages[page]!;
      console.log(
        `| ${config.name} | ${r.performance} (${r.performances.join(', ')}) | ${r.tbt} | ${r.lcp} | ${r.kib.toFixed(1)} | ${r.jsKib.toFixed(1)} |`,
      );
    }
  }
  console.log('\n#### Verdict\n');
  for (const result of results.filter(({config}) => config.name.startsWith('-'))) {
    const reasons = pays(full, result);
    console.log(
      `- \`${result.config.name.slice(1)}\`: ${reasons.length > 0 ? `pays (${reasons.join('; ')})` : 'within noise on every budget page'}`,
    );
  }
  const indexes = results.flatMap(({pages}) => Object.values(pages).map(({benchmarkIndex}) => benchmarkIndex));
  console.log(
    `\nLighthouse CPU benchmark index over all runs: ${Math.min(...indexes)}–${Math.max(...indexes)}; CPU slowdown ${process.env.LIGHTHOUSE_CPU_SLOWDOWN ?? 4}x.`,
  );
}

async function main(): Promise<void> {
  requireKoreanFont();
  const results: Result[] = [];
  for (const config of configs()) {
    const outDir = build(config);
    results.push(await measureBuild(config, outDir, config.name === 'full' ? runs * 2 : runs));
  }
  mkdirSync(reportDir, {recursive: true});
  writeFileSync(path.join(reportDir, '..', 'ablation.json'), JSON.stringify(results, null, 2));
  printTables(results);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
