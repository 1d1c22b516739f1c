/**
 * What the CNCF maturity table costs its page: the HTML and the JavaScript a
 * phone downloads on the first load, compressed, and whether the projects
 * reach the browser once, as the rows in the HTML (the table's own code, and
 * the descriptions the HTML leaves out, load when the reader nears it). Fails
 * over budget or when a first-load script carries the projects too.
 *
 *   npm run build && npm run bench:cncf
 */
import {chromium, type Request} from '@playwright/test';
import {projects} from '../../src/data/cncf';
import {describedProjects} from '../../src/data/cncf/described';
import {chromiumLaunchOptions, waitForHydration} from '../lib/browser';
import {serveBuiltSite} from '../lib/serve';

const PAGE = '/docs/cncf/maturity';
/** Budget, compressed, for the page's HTML, which carries the table's rows. */
const BUDGET_KIB = {html: 45} as const;
const port = Number(process.env.BENCH_PORT ?? 3232);

const kib = (bytes: number) => (bytes / 1024).toFixed(1);

type Download = {url: string; type: string; bytes: number; body: string};

async function main(): Promise<void> {
  const site = await serveBuiltSite(port);
  const browser = await chromium.launch(chromiumLaunchOptions());
  const problems: string[] = [];
  try {
    const context = await browser.newContext({viewport: {width: 412, height: 823}, isMobile: true});
    const page = await context.newPage();
    const pending: Array<Promise<Download>> = [];
    page.on('requestfinished', (request: Request) => {
      const type = request.resourceType();
      if (type !== 'document' && type !== 'script') return;
      pending.push(
        (async () => {
          const response = await request.response();
          const [sizes, body] = await Promise.all([request.sizes(), response?.text() ?? '']);
          return {url: request.url().replace(site.origin, ''), type, bytes: sizes.responseBodySize, body};
        })(),
      );
    });
    await page.goto(`${site.origin}${PAGE}`);
    // The first load ends with hydration; the table's code comes when the reader nears it, and later requests are prefetches for other pages.
    await waitForHydration(page);
    const downloads = await Promise.all(pending.splice(0));

    const html = downloads.filter((download) => download.type === 'document');
    const scripts = downloads.filter((download) => download.type === 'script');
    const htmlBytes = html.reduce((sum, download) => sum + download.bytes, 0);
    const scriptBytes = scripts.reduce((sum, download) => sum + download.bytes, 0);
    // Descriptions are the bulk of the data and appear nowhere but in the rows (or, the English, in a file loaded on demand); a first-load script with any of them carries the projects.
    const descriptions = describedProjects.flatMap((project) =>
      [project.description, project.descriptionKo].flatMap((text) => (text ? [JSON.stringify(text).slice(1, -1)] : [])),
    );
    const readable = (body: string) => body.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    const withData = scripts.filter((download) => descriptions.some((description) => readable(download.body).includes(description)));
    const serverHtml = html[0]?.body ?? '';
    // A row's link is the name, then the external-link icon.
    const missing = projects.filter((project) => !serverHtml.includes(`>${project.name.replace(/&/g, '&amp;')}<svg`));

    console.log(`${PAGE} on its first load (412 px phone, compressed transfer):`);
    console.log(`  HTML ${kib(htmlBytes)} KiB, naming ${projects.length - missing.length} of the ${projects.length} projects`);
    console.log(`  JavaScript ${kib(scriptBytes)} KiB in ${scripts.length} files:`);
    for (const script of [...scripts].sort((a, b) => b.bytes - a.bytes)) {
      console.log(`    ${kib(script.bytes).padStart(6)} KiB  ${script.url}${withData.includes(script) ? '  (CNCF data)' : ''}`);
    }
    console.log(`  HTML + JavaScript ${kib(htmlBytes + scriptBytes)} KiB`);

    if (withData.length > 0)
      problems.push(`the CNCF data is in ${withData.length} of the page's scripts; the rows in the HTML should be its only copy`);
    if (missing.length > 0) problems.push(`the server HTML lacks ${missing.map((project) => project.name).join(', ')}`);
    if (htmlBytes / 1024 > BUDGET_KIB.html) problems.push(`HTML ${kib(htmlBytes)} KiB is over its ${BUDGET_KIB.html} KiB budget`);
  } finally {
    await browser.close();
    await site.stop();
  }
  for (const problem of problems) console.error(`cncf table: ${problem}`);
  if (problems.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
