import {chromium, type Request} from '@playwright/test';
import {chromiumLaunchOptions, waitForHydration} from '../../lib/browser';

export const BUDGET_KIB = 180;

export type Weight = {total: number; prefetched: number; byType: Map<string, number>; foreign: string[]};

/** How long the network must stay quiet after hydration for the load to count as done. */
const QUIET_MS = 1000;

/**
 * Bytes on the wire: headers plus the encoded body (together 0 for a request
 * the memory cache answered). Chromium reports no body size for a worker's
 * own script, which the page starts; for that one the server's
 * Content-Length (the compressed length) stands in.
 */
async function transferred(request: Request): Promise<number> {
  const sizes = await request.sizes();
  const contentLength = Number((await request.response())?.headers()['content-length'] ?? 0);
  return Math.max(0, sizes.responseHeadersSize + (sizes.responseBodySize || contentLength));
}

export async function measure(url: string, origin: string): Promise<Weight> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const context = await browser.newContext({viewport: {width: 412, height: 823}, isMobile: true});
    const page = await context.newPage();
    // Playwright's events, not a CDP session of the page: they also see the
    // requests of the search worker, and see them finish.
    const weight: Weight = {total: 0, prefetched: 0, byType: new Map(), foreign: []};
    const inFlight = new Set<Request | Promise<void>>();
    let lastActivity = Date.now();
    page.on('request', (request) => {
      inFlight.add(request);
      lastActivity = Date.now();
      if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) weight.foreign.push(request.url());
    });
    page.on('requestfailed', (request) => inFlight.delete(request));
    page.on('requestfinished', (request) => {
      // Docusaurus prefetches the code of pages that visible links lead
      // to: the next visit's bytes, not this page's load.
      const counted = Promise.all([transferred(request), request.allHeaders()]).then(([bytes, headers]) => {
        if (headers['sec-purpose']?.startsWith('prefetch')) {
          weight.prefetched += bytes;
          return;
        }
        const type = request.resourceType();
        weight.total += bytes;
        weight.byType.set(type, (weight.byType.get(type) ?? 0) + bytes);
      });
      inFlight.add(counted);
      inFlight.delete(request);
      void counted.finally(() => {
        inFlight.delete(counted);
        lastActivity = Date.now();
      });
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
