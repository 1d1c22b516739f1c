/**
 * Crawls the built site as a browser would and fails on any broken internal
 * link or #anchor. External links are not fetched here (this machine is
 * offline); scripts/check-external-links.ts checks them where a network exists.
 */
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {LinkChecker, LinkState} from 'linkinator';
import {serveBuiltSite} from './lib/serve';
import {buildDir as defaultBuildDir, SITE_ROOT} from './lib/buildDir';

const port = Number(process.env.LINKS_PORT ?? 3219);
const buildDir = defaultBuildDir();

function sitemapPaths(): string[] {
  const xml = readFileSync(path.join(buildDir, 'sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
}

async function main(): Promise<void> {
  const site = await serveBuiltSite(port);
  try {
    // Archived editions are noindex, so the sitemap leaves them out: start from each one's home.
    const archived = (JSON.parse(readFileSync(path.join(SITE_ROOT, 'versions.json'), 'utf8')) as string[]).map((v) => `/docs/${v}`);
    const starts = ['/', ...sitemapPaths(), ...archived, '/search?q=%EC%BB%A8%ED%85%8C%EC%9D%B4%EB%84%88', '/blog/rss.xml'];
    const checker = new LinkChecker();
    const result = await checker.check({
      path: starts.map((p) => `${site.origin}${p}`),
      recurse: true,
      checkFragments: true,
      concurrency: 16,
      timeout: 15_000,
      linksToSkip: async (link) => !link.startsWith(site.origin),
    });
    const broken = result.links.filter((link) => link.state === LinkState.BROKEN);
    const checked = result.links.filter((link) => link.state === LinkState.OK).length;
    for (const link of broken) {
      const where = link.parent ? link.parent.replace(site.origin, '') : '(start)';
      const why = link.failureDetails
        ?.filter((detail): detail is Error => detail instanceof Error)
        .map((detail) => detail.message)
        .join('; ');
      console.error(`broken: ${link.url.replace(site.origin, '')} (status ${link.status}) linked from ${where}${why ? ` — ${why}` : ''}`);
    }
    const skipped = result.links.filter((link) => link.state === LinkState.SKIPPED).length;
    console.log(`links: ${checked} internal links and anchors OK, ${broken.length} broken, ${skipped} external skipped`);
    if (broken.length > 0) process.exitCode = 1;
  } finally {
    await site.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
