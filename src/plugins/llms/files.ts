/**
 * The text of the files the llms plugin writes: each page's Markdown copy,
 * /llms.txt (the list, in the llmstxt.org format: a title, a summary quote,
 * notes, then one "## section" of links per area) and /llms-full.txt (every
 * copy, one after another).
 */
import {markdownPath, type DocInfo, type Section} from './pages';

export type SiteInfo = {
  /** The site's name, the files' first heading. */
  title: string;
  /** One sentence on what the site is. */
  summary: string;
  /** Origin of the published site, e.g. https://container-docs-ko.github.io */
  url: string;
  /** How the current edition is called, e.g. "2.0". */
  edition: string;
};

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();
const linkText = (text: string): string => oneLine(text).replace(/([[\]\\])/g, '\\$1');

/** A page's Markdown copy: its title, its description, where the page is, then its body. */
export function pageMarkdown(site: SiteInfo, doc: DocInfo, body: string): string {
  const page = `${site.url}${doc.permalink.replace(/(.)\/+$/, '$1')}`;
  return [`# ${oneLine(doc.title)}`, `> ${oneLine(doc.description)}`, `원본 페이지: ${page}`, body.trim()].join('\n\n') + '\n';
}

export function llmsTxt(site: SiteInfo, sections: readonly Section[]): string {
  const count = sections.reduce((sum, section) => sum + section.pages.length, 0);
  const entry = (doc: DocInfo): string =>
    `- [${linkText(doc.title)}](${site.url}${markdownPath(doc.permalink)}): ${oneLine(doc.description)}`;
  return (
    [
      `# ${site.title}`,
      `> ${oneLine(site.summary)}`,
      `최신판(${site.edition}) 문서 ${count}쪽의 목록입니다. 링크는 각 페이지의 Markdown 사본이고, 주소 끝의 \`.md\`를 빼면 웹 페이지입니다. ` +
        `모든 페이지의 본문을 한 파일에 이어 붙인 것은 ${site.url}/llms-full.txt 에 있습니다. 보관된 이전 판은 담지 않습니다. ` +
        '문서는 CC BY 4.0으로 배포합니다.',
      ...sections.map((section) => `## ${oneLine(section.title)}\n\n${section.pages.map(entry).join('\n')}`),
    ].join('\n\n') + '\n'
  );
}

export function llmsFullTxt(site: SiteInfo, pages: ReadonlyArray<{doc: DocInfo; markdown: string}>): string {
  const header = [
    `# ${site.title}: 최신판(${site.edition}) 전체 본문`,
    `> ${oneLine(site.summary)}`,
    `최신판 문서 ${pages.length}쪽의 Markdown 사본을 읽는 순서대로 이어 붙였습니다. 페이지마다 \`# 제목\`으로 시작하고 구분선(---)으로 나뉩니다. ` +
      `목록은 ${site.url}/llms.txt 에 있습니다. 문서는 CC BY 4.0으로 배포합니다.`,
  ].join('\n\n');
  return [header, ...pages.map(({markdown}) => markdown.trim())].join('\n\n---\n\n') + '\n';
}
