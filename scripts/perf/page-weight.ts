/**
 * What a reader's browser downloads on the first visit to a page, compressed,
 * by resource type; fails above the budget or if anything comes from another
 * origin.
 *
 *   npm run build && npm run bench:weight [-- /docs/some/page ...]
 */
import {serveBuiltSite} from '../lib/serve';
import {BUDGET_KIB, measure} from './lib/weight';

const DEFAULT_PAGES = ['/docs/runtimes/overview', '/docs/layers/dockerfile', '/docs/cncf/maturity', '/'];
const port = Number(process.env.BENCH_PORT ?? 3231);

async function main(): Promise<void> {
  const pages = process.argv.slice(2).filter((arg) => arg.startsWith('/'));
  const site = await serveBuiltSite(port);
  let failed = false;
  try {
    for (const pagePath of pages.length > 0 ? pages : DEFAULT_PAGES) {
      const weight = await measure(`${site.origin}${encodeURI(pagePath)}`, site.origin);
      const kib = (bytes: number) => (bytes / 1024).toFixed(1);
      const breakdown = [...weight.byType.entries()]
        .sort((a, b) => b[1] - a[1])
        .map(([type, bytes]) => `${type} ${kib(bytes)}`)
        .join(', ');
      const over = weight.total / 1024 > BUDGET_KIB;
      console.log(
        `${pagePath}: ${kib(weight.total)} KiB transferred (budget ${BUDGET_KIB}) — ${breakdown}; ` +
          `plus ${kib(weight.prefetched)} KiB prefetched for next pages`,
      );
      if (over) console.error(`  over budget by ${kib(weight.total - BUDGET_KIB * 1024)} KiB`);
      for (const url of weight.foreign) console.error(`  from another origin: ${url}`);
      failed ||= over || weight.foreign.length > 0;
    }
  } finally {
    await site.stop();
  }
  if (failed) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
