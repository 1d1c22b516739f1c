import {execFile} from 'node:child_process';
import {readFileSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {promisify} from 'node:util';
import {CHROMIUM_ARGS, chromiumPath} from '../../lib/browser';

export const BUDGET_PAGES = ['/', '/docs/runtimes/overview', '/docs/cncf/maturity', '/search?q=컨테이너'];
export const BUDGET = {performance: 95, accessibility: 100, 'best-practices': 100, seo: 100} as const;
export type Category = keyof typeof BUDGET;
export const CATEGORIES = Object.keys(BUDGET) as Category[];

// Chromium now and then loses the trace of a load (NO_NAVSTART); such a run is repeated.
const ATTEMPTS_PER_RUN = 3;
// Lighthouse runs as its own CLI process: it serialises functions into the
// page, which breaks when a TypeScript loader has rewritten them.
const lighthouseCli = path.join(path.dirname(createRequire(import.meta.url).resolve('lighthouse/package.json')), 'cli', 'index.js');

export type Report = {
  environment: {benchmarkIndex: number};
  categories: Record<string, {score: number | null}>;
  audits: Record<string, {id: string; score: number | null; scoreDisplayMode: string; displayValue?: string; numericValue?: number}>;
};

/**
 * Lighthouse's 4x slowdown turns a high-end desktop (benchmark index 1500-2000)
 * into a mid-tier phone; a faster or slower host can calibrate it with
 * LIGHTHOUSE_CPU_SLOWDOWN (docs/throttling.md in the Lighthouse repository).
 */
export function cpuSlowdown(): string | undefined {
  const value = process.env.LIGHTHOUSE_CPU_SLOWDOWN;
  if (value !== undefined && !(Number(value) > 0)) {
    throw new Error(`LIGHTHOUSE_CPU_SLOWDOWN must be a positive number, got "${value}"`);
  }
  return value;
}

async function runLighthouse(url: string, outputPath: string, categories: readonly Category[]): Promise<Report> {
  const slowdown = cpuSlowdown();
  await promisify(execFile)(
    process.execPath,
    [
      lighthouseCli,
      url,
      '--quiet',
      '--output=json',
      `--output-path=${outputPath}`,
      `--only-categories=${categories.join(',')}`,
      `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')}`,
      ...(slowdown === undefined ? [] : [`--throttling.cpuSlowdownMultiplier=${slowdown}`]),
    ],
    {env: {...process.env, CHROME_PATH: chromiumPath()}, maxBuffer: 64 * 1024 * 1024},
  );
  return JSON.parse(readFileSync(outputPath, 'utf8')) as Report;
}

export async function runWithRetries(url: string, outputPath: string, categories: readonly Category[] = CATEGORIES): Promise<Report> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await runLighthouse(url, outputPath, categories);
    } catch (error) {
      if (attempt >= ATTEMPTS_PER_RUN) throw error;
      console.error(`lighthouse failed on ${url} (attempt ${attempt}), retrying: ${(error as Error).message.split('\n')[1] ?? ''}`);
    }
  }
}

export const performanceOf = (lhr: Report): number => lhr.categories.performance?.score ?? 0;

/** `runs` runs of a page; the one with the median Performance score is kept as <name>.json in `reportDir`. */
export async function medianRun(
  url: string,
  name: string,
  {runs, reportDir, categories = CATEGORIES}: {runs: number; reportDir: string; categories?: readonly Category[]},
): Promise<{lhr: Report; reports: Report[]}> {
  const reports: Report[] = [];
  for (let run = 1; run <= runs; run += 1) {
    reports.push(await runWithRetries(url, path.join(reportDir, `${name}.run${run}.json`), categories));
  }
  const sorted = [...reports].sort((a, b) => performanceOf(a) - performanceOf(b));
  const lhr = sorted[Math.floor((sorted.length - 1) / 2)]!;
  writeFileSync(path.join(reportDir, `${name}.json`), JSON.stringify(lhr));
  return {lhr, reports};
}

/** A file name for a page's report. */
export const reportName = (page: string): string => page.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'home';
