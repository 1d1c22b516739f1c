import type {AliasGroup} from '../../src/search/analyzer';
import {buildIndexFile, loadIndexFile, type PluginIndexFile, type SearchDocument} from '../../src/search/searchIndex';

/** A page of a test site: its opening text (`intro`) and `description` are optional, as on real pages. */
export type TestPage = {url: string; title: string; intro?: string; description?: string; sections: {heading: string; text: string}[]};

type SiteOptions = {
  aliases?: AliasGroup[];
  /** The breadcrumb every page's title document carries. */
  breadcrumb?: string[];
};

/**
 * A site as the search plugin extracts it (a page's opening text is a content
 * document without an anchor), indexed and loaded the way the worker loads it.
 * Blog pages are secondary, as in the real build.
 */
export function indexOf(pages: TestPage[], {aliases = [], breadcrumb = ['문서']}: SiteOptions = {}) {
  let id = 0;
  const titles: SearchDocument[] = [];
  const headings: SearchDocument[] = [];
  const descriptions: SearchDocument[] = [];
  const contents: SearchDocument[] = [];
  for (const page of pages) {
    const pageId = (id += 1);
    titles.push({i: pageId, t: page.title, u: page.url, b: breadcrumb});
    if (page.description) descriptions.push({i: (id += 1), t: page.description, s: page.title, u: page.url, p: pageId});
    if (page.intro) contents.push({i: (id += 1), t: page.intro, s: page.title, u: page.url, h: '', p: pageId});
    for (const [n, {heading, text}] of page.sections.entries()) {
      headings.push({i: (id += 1), t: heading, u: page.url, h: `#s${n}`, p: pageId});
      contents.push({i: (id += 1), t: text, s: heading, u: page.url, h: `#s${n}`, p: pageId});
    }
  }
  const plugin: PluginIndexFile = [titles, headings, descriptions, [], contents].map((documents) => ({documents, index: {}}));
  const file = buildIndexFile(plugin, {aliases, isSecondary: (url) => url.startsWith('/blog/')});
  return loadIndexFile(JSON.parse(JSON.stringify(file)));
}
