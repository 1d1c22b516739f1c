/**
 * Crawls the built site as a browser would and fails on any broken internal
 * link or #anchor. External links are not fetched here (this machine is
 * offline); scripts/check-external-links.ts checks them where a network exists.
 * The copies for tools (/llms.txt, /llms-full.txt, each page's .md) are text,
 * which linkinator does not read: their links to the site are checked here too.
 */
import {readdirSync, readFileSync} from 'node:fs';
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

/** The text copies of the site (src/plugins/llms), as paths under the build. */
function textCopies(): string[] {
  const markdown = readdirSync(buildDir, {recursive: true, encoding: 'utf8'})
    .filter((file) => file.endsWith('.md'))
    .map((file) => `/${file.split(path.sep).join('/')}`);
  return ['/llms.txt', '/llms-full.txt', ...markdown];
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * Every link from the text copies to the published site, fetched from the
 * local server: the page must answer 200, and a #fragment must be an id on it.
 */
async function checkTextCopies(origin: string, published: string): Promise<{checked: number; broken: string[]}> {
  const links = new Map<string, string>();
  for (const copy of textCopies()) {
    const text = readFileSync(path.join(buildDir, copy), 'utf8');
    for (const [url] of text.matchAll(new RegExp(`${escapeRegExp(published)}/[^\\s)>\\]"'\`]*`, 'g'))) {
      if (!links.has(url)) links.set(url, copy);
    }
  }
  const pages = new Map<string, Promise<{status: number; html: string}>>();
  const fetchPage = (pathname: string) => {
    if (!pages.has(pathname))
      pages.set(
        pathname,
        fetch(`${origin}${pathname}`).then(async (response) => ({status: response.status, html: await response.text()})),
      );
    return pages.get(pathname)!;
  };
  const broken: string[] = [];
  for (const [url, copy] of links) {
    const {pathname, hash} = new URL(url);
    const {status, html} = await fetchPage(pathname);
    if (status !== 200) broken.push(`broken: ${pathname} (status ${status}) linked from ${copy}`);
    else if (hash && !new RegExp(`\\bid=["']?${escapeRegExp(decodeURIComponent(hash.slice(1)))}["'\\s>]`).test(html)) {
      broken.push(`broken: ${pathname}${hash} (no such anchor) linked from ${copy}`);
    }
  }
  return {checked: links.size, broken};
}

async function main(): Promise<void> {
  const site = await serveBuiltSite(port);
  try {
    // Archived editions are noindex, so the sitemap leaves them out: start from each one's home.
    const archived = (JSON.parse(readFileSync(path.join(SITE_ROOT, 'versions.json'), 'utf8')) as string[]).map((v) => `/docs/${v}`);
    const starts = [
      '/',
      ...sitemapPaths(),
      ...archived,
      '/search?q=%EC%BB%A8%ED%85%8C%EC%9D%B4%EB%84%88',
      '/blog/rss.xml',
      ...textCopies(),
    ];
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
    const published = new URL(readFileSync(path.join(buildDir, 'sitemap.xml'), 'utf8').match(/<loc>([^<]+)<\/loc>/)![1]!).origin;
    const copies = await checkTextCopies(site.origin, published);
    for (const line of copies.broken) console.error(line);
    console.log(
      `links: ${copies.checked} links to the site in llms.txt, llms-full.txt and the Markdown copies, ${copies.broken.length} broken`,
    );
    if (broken.length > 0 || copies.broken.length > 0) process.exitCode = 1;
  } finally {
    await site.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
