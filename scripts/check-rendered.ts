/**
 * Checks the built HTML for Markdown that reached the reader as text: a `**`
 * or `__` left in the prose of a page means emphasis the parser did not close
 * (CommonMark will not close `**파드 샌드박스(pod sandbox)**라는`; remark-cjk-friendly
 * in docusaurus.config.ts fixes that class for every page). Code, scripts and
 * figures are not prose and are not read. Run after a build:
 * `npm run check:rendered` (both builds), or `BUILD_DIR=build-plain tsx scripts/check-rendered.ts`.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {fromHtml} from 'hast-util-from-html';
import type {Element, Nodes} from 'hast';
import {buildDir as defaultBuildDir} from './lib/buildDir';

/** Elements whose text is not prose: code, what the browser does not show as text, and figures' drawings. */
const NOT_PROSE = new Set(['code', 'pre', 'kbd', 'samp', 'var', 'script', 'style', 'noscript', 'template', 'textarea', 'svg', 'math']);

const MARKERS = /\*\*|__/;

export type RawEmphasis = {
  /** The page's path on the site, e.g. /docs/runtimes/overview. */
  readonly page: string;
  /** The marker and the text around it, as the reader sees it. */
  readonly excerpt: string;
};

/** Every run of prose text in `html` that still holds `**` or `__`, with up to 30 characters either side of the first marker. */
export function rawEmphasisIn(html: string): string[] {
  const found: string[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'text') {
      const match = MARKERS.exec(node.value);
      if (match) {
        const start = Math.max(0, match.index - 30);
        const excerpt = node.value
          .slice(start, match.index + 32)
          .replace(/\s+/g, ' ')
          .trim();
        found.push(`${start > 0 ? '…' : ''}${excerpt}${match.index + 32 < node.value.length ? '…' : ''}`);
      }
      return;
    }
    if (node.type === 'element' && NOT_PROSE.has((node as Element).tagName)) return;
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  const tree = fromHtml(html);
  const body = findBody(tree);
  if (body) visit(body);
  return found;
}

function findBody(node: Nodes): Element | undefined {
  if (node.type === 'element' && node.tagName === 'body') return node;
  if ('children' in node) {
    for (const child of node.children) {
      const body = findBody(child as Nodes);
      if (body) return body;
    }
  }
  return undefined;
}

/** The site path a built HTML file answers: docs/runtimes/overview.html → /docs/runtimes/overview, blog/index.html → /blog. */
export function pagePath(file: string): string {
  const route = file
    .split(path.sep)
    .join('/')
    .replace(/\.html$/, '')
    .replace(/(^|\/)index$/, '');
  return `/${route}`;
}

/** The pages of the build at `dir` (assets are not pages), and every raw emphasis marker in their prose. */
export function checkBuild(dir: string): {pages: number; problems: RawEmphasis[]} {
  const pages = readdirSync(dir, {recursive: true, encoding: 'utf8'})
    .filter((file) => file.endsWith('.html') && !file.startsWith(`assets${path.sep}`))
    .sort();
  const problems = pages.flatMap((file) =>
    rawEmphasisIn(readFileSync(path.join(dir, file), 'utf8')).map((excerpt) => ({page: pagePath(file), excerpt})),
  );
  return {pages: pages.length, problems};
}

function main(): void {
  const dir = defaultBuildDir();
  const {pages, problems} = checkBuild(dir);
  for (const {page, excerpt} of problems) {
    console.error(
      `${page}: the page shows a raw Markdown emphasis marker in "${excerpt}". ` +
        'Find the sentence in its source: close the emphasis so that the parser sees it (remark-cjk-friendly handles ' +
        'a closing ** between punctuation and Hangul), or put literal asterisks and underscores in `code`.',
    );
  }
  console.log(
    `rendered: ${pages} pages in ${path.relative(process.cwd(), dir) || dir} read, ${new Set(problems.map(({page}) => page)).size} pages with raw emphasis markers`,
  );
  if (problems.length > 0) process.exitCode = 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) main();
