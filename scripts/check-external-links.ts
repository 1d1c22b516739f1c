/**
 * Checks every external link on the built site. Needs a network, so it is not
 * part of `npm test`; the scheduled CI workflow and contributors online run it.
 */
import {LinkChecker, LinkState} from 'linkinator';
import {serveBuiltSite} from './lib/serve';

const port = Number(process.env.LINKS_PORT ?? 3212);

async function main(): Promise<void> {
  const site = await serveBuiltSite(port);
  try {
    const result = await new LinkChecker().check({
      path: `${site.origin}/`,
      recurse: true,
      concurrency: 8,
      timeout: 20_000,
      retry: true,
      retryErrors: true,
      retryErrorsCount: 2,
    });
    const broken = result.links.filter((link) => link.state === LinkState.BROKEN && !link.url.startsWith(site.origin));
    for (const link of broken) {
      console.error(`broken: ${link.url} (status ${link.status}) linked from ${link.parent?.replace(site.origin, '') ?? '?'}`);
    }
    const external = result.links.filter((link) => !link.url.startsWith(site.origin)).length;
    console.log(`external links: ${external - broken.length} OK, ${broken.length} broken`);
    if (broken.length > 0) process.exitCode = 1;
  } finally {
    await site.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
