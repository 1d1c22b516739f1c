/**
 * Copies of the docs for tools and for readers who want the source: after the
 * build, every page of the current edition gets a Markdown copy next to its
 * HTML (/docs/runtimes/containerd.md), and the site gets /llms.txt (the list)
 * and /llms-full.txt (all the text). They are made from the built HTML, so
 * what a component shows is what the copy says (./markdown.ts); why not a
 * plugin from npm: docs-dev/llms.md.
 */
import {readFile, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {llmsFullTxt, llmsTxt, pageMarkdown, type SiteInfo} from './files';
import {docPageToMarkdown} from './markdown';
import {CURRENT_VERSION, currentSections, markdownPath, type VersionInfo} from './pages';

export type LlmsOptions = {
  /** One sentence on what the site is, for the files' summary. */
  summary: string;
};

/** The HTML file Docusaurus writes for a permalink (trailingSlash: false). */
export function htmlFileFor(outDir: string, permalink: string): string {
  return path.join(outDir, `${permalink.replace(/\/+$/, '')}.html`);
}

export default function llmsPlugin(context: LoadContext, options: LlmsOptions): Plugin {
  if (context.siteConfig.baseUrl !== '/') {
    throw new Error(`llms: the site is served from ${context.siteConfig.baseUrl}, but the copies' URLs assume baseUrl "/"`);
  }
  let versions: Array<VersionInfo & {label: string}> | undefined;
  return {
    name: 'llms-copies',
    allContentLoaded({allContent}) {
      const docs = allContent['docusaurus-plugin-content-docs']?.default as
        {loadedVersions: Array<VersionInfo & {label: string}>} | undefined;
      versions = docs?.loadedVersions;
    },
    async postBuild({outDir, siteConfig}) {
      if (!versions) throw new Error('llms: no docs were loaded (is the docs plugin configured?)');
      const current = versions.find((version) => version.versionName === CURRENT_VERSION);
      const site: SiteInfo = {
        title: siteConfig.title,
        summary: options.summary,
        url: siteConfig.url.replace(/\/+$/, ''),
        // "2.0 (최신)" → "2.0"
        edition: current?.label.replace(/\s*\(.*\)$/, '') ?? CURRENT_VERSION,
      };
      const sections = currentSections(versions);
      const pages = await Promise.all(
        sections
          .flatMap((section) => section.pages)
          .map(async (doc) => {
            const html = await readFile(htmlFileFor(outDir, doc.permalink), 'utf8');
            const {markdown: body} = docPageToMarkdown(html, {siteUrl: site.url, pagePath: doc.permalink.replace(/(.)\/+$/, '$1')});
            const markdown = pageMarkdown(site, doc, body);
            await writeFile(path.join(outDir, markdownPath(doc.permalink)), markdown);
            return {doc, markdown};
          }),
      );
      await writeFile(path.join(outDir, 'llms.txt'), llmsTxt(site, sections));
      await writeFile(path.join(outDir, 'llms-full.txt'), llmsFullTxt(site, pages));
      const bytes = pages.reduce((sum, page) => sum + Buffer.byteLength(page.markdown), 0);
      console.log(`[llms] ${pages.length} Markdown copies (${Math.round(bytes / 1024)} KiB), llms.txt and llms-full.txt written`);
    },
  };
}
