/**
 * Where the site shows figures, read from the sources: every `<Figure` in a
 * current-edition doc, a blog post or a page, by the URL it is served at. A
 * figure added anywhere is checked without this list being edited.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';

// Playwright loads specs as CommonJS.
const root = path.resolve(__dirname, '..', '..');

const files = (dir: string, pattern: RegExp): string[] =>
  readdirSync(path.join(root, dir), {recursive: true, encoding: 'utf8'})
    .filter((file) => pattern.test(file))
    .map((file) => path.join(dir, file));

function url(file: string, source: string): string {
  const slug = /^slug:\s*(\S+)\s*$/m.exec(source.split(/^---$/m)[1] ?? '')?.[1];
  if (file.startsWith('docs/')) {
    if (slug?.startsWith('/')) return path.posix.join('/docs', slug).replace(/\/$/, '') || '/docs';
    return `/${file.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '')}`;
  }
  if (file.startsWith('blog/')) {
    const [, year, month, day, name] = /^blog\/(\d{4})-(\d{2})-(\d{2})-(.+)\.mdx?$/.exec(file)!;
    return `/blog/${year}/${month}/${day}/${slug ?? name}`;
  }
  const page = file
    .replace(/^src\/pages/, '')
    .replace(/\.(tsx|mdx?)$/, '')
    .replace(/\/index$/, '');
  return page === '' ? '/' : page;
}

/** URL → how many figures the page shows. */
export const figurePages: ReadonlyMap<string, number> = new Map(
  [...files('docs', /\.mdx?$/), ...files('blog', /\.mdx?$/), ...files('src/pages', /\.(tsx|mdx?)$/)]
    .map((file) => {
      const source = readFileSync(path.join(root, file), 'utf8');
      return [url(file, source), source.match(/<Figure\b/g)?.length ?? 0] as const;
    })
    .filter(([, count]) => count > 0)
    .sort(([a], [b]) => a.localeCompare(b)),
);
