/**
 * What a reader's browser downloads on the first visit to a page, compressed,
 * by resource type; fails above the budget or if anything comes from another
 * origin.
 *
 *   npm run build && npm run bench:weight [-- /docs/some/page ...]
 */
import {chromium} from '@playwright/test';
import {chromiumLaunchOptions, waitForHydration} from '../lib/browser';
import {serveBuiltSite} from '../lib/serve';

const BUDGET_KIB = 180;
const DEFAULT_PAGES = ['/docs/runtimes/overview', '/docs/layers/dockerfile', '/docs/cncf/maturity', '/'];
const port = Number(process.env.BENCH_PORT ?? 3231);

type Weight = {total: number; prefetched: number; byType: Map<string, number>; foreign: string[]};

/** How long the network must stay quiet after hydration for the load to count as done. */
const QUIET_MS = 1000;

async function measure(url: string, origin: string): Promise<Weight> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const context = await browser.newContext({viewport: {width: 412, height: 823}, isMobile: true});
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', {cacheDisabled: true});
    const types = new Map<string, string>();
    // Docusaurus prefetches, at the lowest priority, the code of pages that
    // visible links lead to: the next visit's bytes, not this page's load.
    const prefetches = new Set<string>();
    const weight: Weight = {total: 0, prefetched: 0, byType: new Map(), foreign: []};
    const inFlight = new Set<string>();
    let lastActivity = Date.now();
    cdp.on('Network.requestWillBeSent', (event) => {
      inFlight.add(event.requestId);
      lastActivity = Date.now();
      if (event.type === 'Other' && event.request.initialPriority === 'VeryLow') prefetches.add(event.requestId);
    });
    cdp.on('Network.responseReceived', (event) => {
      types.set(event.requestId, event.type);
      if (!event.response.url.startsWith(origin) && !event.response.url.startsWith('data:')) {
        weight.foreign.push(event.response.url);
      }
    });
    cdp.on('Network.loadingFailed', (event) => inFlight.delete(event.requestId));
    cdp.on('Network.loadingFinished', (event) => {
      inFlight.delete(event.requestId);
      lastActivity = Date.now();
      if (prefetches.has(event.requestId)) {
        weight.prefetched += event.encodedDataLength;
        return;
      }
      const type = types.get(event.requestId) ?? 'Other';
      weight.total += event.encodedDataLength;
      weight.byType.set(type, (weight.byType.get(type) ?? 0) + event.encodedDataLength);
    });
    // Not `networkidle` alone: on a heavy page the main thread can be busy
    // for longer than its 500 ms quiet window before the entry script asks
    // for the page's own chunks. Hydration is when they have all arrived.
    await page.goto(url, {waitUntil: 'load'});
    await waitForHydration(page);
    while (inFlight.size > 0 || Date.now() - lastActivity < QUIET_MS) await page.waitForTimeout(100);
    return weight;
  } finally {
    await browser.close();
  }
}

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
