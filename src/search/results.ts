/**
 * What the search UIs show for a ranking (rank.ts): for the search page, a
 * page once with its matching sections under it; for the plugin's navbar
 * box, a first suggestion that says when a word was corrected. Pure, so
 * that the worker and the unit tests share it.
 */
import {highlightPositions, type RankedPage, type Ranking, type SearchResult} from './rank';
import {DocumentType, type LoadedSearchIndex, type SearchDocument} from './searchIndex';

/** Text with the spans to mark (start, length), cut to a window around the first when long. */
export type Marked = {text: string; marks: [number, number][]};

export type SectionHit = {
  /** The section's URL, anchor included. */
  url: string;
  heading: Marked;
  excerpt?: Marked;
};

export type PageHit = {
  url: string;
  title: Marked;
  /** Breadcrumb of the page (its sidebar categories, or the blog). */
  path: string[];
  /** The page's description or opening text. */
  excerpt?: Marked;
  /** The best matching sections, best first. */
  sections: SectionHit[];
};

export type PageAnswer = {
  pages: PageHit[];
  /** Words to highlight on the page a result opens, longest first. */
  tokens: string[];
  /** The query as it was read when a word was corrected (or, searching as typed, as it would have been). */
  corrected?: string;
};

// An excerpt is about two lines of the search page.
const EXCERPT_LENGTH = 100;
// Text shown before the first match, so that it is read in its sentence.
const LEAD = 40;
const MAX_SECTIONS = 3;
const ELLIPSIS = '…';

/** The part of `text` around its first mark, at most `length` characters, cut at spaces where it can be. */
export function excerpt(text: string, marks: readonly [number, number][], length = EXCERPT_LENGTH): Marked {
  if (text.length <= length) return {text, marks: [...marks]};
  const first = marks[0]?.[0] ?? 0;
  let start = Math.max(0, Math.min(first - LEAD, text.length - length));
  const spaceBefore = text.lastIndexOf(' ', start);
  if (start > 0 && spaceBefore >= 0 && start - spaceBefore < 12) start = spaceBefore + 1;
  let end = Math.min(text.length, start + length);
  const spaceAfter = text.indexOf(' ', end);
  if (end < text.length && spaceAfter >= 0 && spaceAfter - end < 12) end = spaceAfter;
  const slice = text.slice(start, end);
  start += slice.length - slice.trimStart().length;
  end = start + slice.trim().length;
  const lead = start > 0 ? ELLIPSIS : '';
  const shift = lead.length - start;
  return {
    text: lead + text.slice(start, end) + (end < text.length ? ELLIPSIS : ''),
    marks: marks
      .map(([from, size]): [number, number] => [Math.max(from, start), Math.min(from + size, end) - Math.max(from, start)])
      .filter(([, size]) => size > 0)
      .map(([from, size]): [number, number] => [from + shift, size]),
  };
}

type Hit = RankedPage['hits'][number];

function documentOf(hit: Hit): SearchDocument {
  const doc = hit.index.documents[hit.doc];
  if (!doc) throw new Error(`search index ${hit.index.type} has no document ${hit.doc}`);
  return doc;
}

/** A hit's text around its first match, the matched words marked. */
const excerptOf = (hit: Hit, loaded: LoadedSearchIndex): Marked => {
  const doc = documentOf(hit);
  return excerpt(doc.t, highlightPositions(doc, hit.terms, loaded.aliases));
};

const sameText = (a: string, b: string) => a.replace(/\s+/g, '') === b.replace(/\s+/g, '');

/**
 * Pages in ranked order, each once: its title, breadcrumb and description or
 * opening text, and its best matching sections (heading with an excerpt).
 * The opening text and a heading named like the page belong to the page
 * itself, not a section of their own.
 */
export function pagesOf(loaded: LoadedSearchIndex, {pages, tokens, plan}: Ranking, limit: number): PageAnswer {
  const titles = new Map((loaded.indexes[DocumentType.Title]?.documents ?? []).map((doc) => [doc.i, doc]));
  const descriptions = new Map((loaded.indexes[DocumentType.Description]?.documents ?? []).map((doc) => [doc.p ?? doc.i, doc]));
  const out: PageHit[] = [];
  for (const {pageId, hits} of pages.slice(0, limit)) {
    const title = titles.get(pageId);
    if (!title) continue;
    // First choose what to show, best hits first; then find the matches in that alone (finding them is the costly part).
    let description: Hit | undefined;
    let opening: Hit | undefined;
    const sections = new Map<string, {heading?: Hit; content?: Hit}>();
    for (const hit of hits) {
      const doc = documentOf(hit);
      const type = hit.index.type;
      if (type === DocumentType.Description) description ??= hit;
      if (type !== DocumentType.Heading && type !== DocumentType.Content) continue;
      const anchor = doc.h ?? '';
      const heading = type === DocumentType.Heading ? doc.t : (doc.s ?? '');
      // The page's opening text, or a section named like the page: the page's own excerpt.
      if (anchor === '' || sameText(heading, title.t)) {
        if (type === DocumentType.Content) opening ??= hit;
        continue;
      }
      const section = sections.get(anchor) ?? (sections.size < MAX_SECTIONS ? {} : undefined);
      if (!section) continue;
      if (type === DocumentType.Heading) section.heading ??= hit;
      else section.content ??= hit;
      sections.set(anchor, section);
    }
    const terms = new Set(hits.flatMap((hit) => [...hit.terms]));
    const page = description ?? opening;
    const fallback = descriptions.get(pageId);
    out.push({
      url: title.u,
      title: {text: title.t, marks: highlightPositions(title, terms, loaded.aliases)},
      path: title.b ?? [],
      ...(page ? {excerpt: excerptOf(page, loaded)} : fallback ? {excerpt: excerpt(fallback.t, [])} : {}),
      sections: [...sections].map(([anchor, {heading, content}]) => {
        const doc = documentOf((heading ?? content) as Hit);
        const headingText = heading ? documentOf(heading).t : (doc.s ?? '');
        return {
          url: `${doc.u}${anchor}`,
          heading: heading
            ? excerptOf(heading, loaded)
            : {text: headingText, marks: highlightPositions({...doc, t: headingText}, terms, loaded.aliases)},
          ...(content ? {excerpt: excerptOf(content, loaded)} : {}),
        };
      }),
    });
  }
  return {pages: out, tokens, ...(plan.corrected === undefined ? {} : {corrected: plan.corrected})};
}

/** What the reader is told above results found through a corrected word. */
export function correctionMessage(corrected: string): string {
  return `'${corrected}'(으)로 찾은 결과입니다`;
}

/**
 * The search page's URL for a query, in the docs version (`versionUrl`, the
 * plugin's "base URL" of a version) it was typed in.
 */
export function searchPageUrl(siteBaseUrl: string, versionUrl: string, searchContext: string, query: string): string {
  const params = new URLSearchParams({q: query});
  if (searchContext) params.set('ctx', searchContext);
  if (versionUrl !== siteBaseUrl && versionUrl.startsWith(siteBaseUrl)) params.set('version', versionUrl.slice(siteBaseUrl.length));
  return `${siteBaseUrl}search?${params.toString()}`;
}

/**
 * The navbar box's first suggestion when a word was corrected: it says what
 * the query was read as, and leads to the search page for the query as typed,
 * which lists every result and offers to search the words as typed. The
 * plugin draws it like a result: the title escaped, with the corrected query
 * marked; the path line is fixed text (the plugin writes that line as HTML,
 * so nothing the reader typed may go into it).
 */
export function correctionSuggestion(
  loaded: LoadedSearchIndex,
  versionUrl: string,
  searchContext: string,
  input: string,
  corrected: string,
): SearchResult {
  const text = correctionMessage(corrected);
  return {
    document: {
      i: -1,
      t: text,
      u: searchPageUrl(loaded.baseUrl, versionUrl, searchContext, input),
      b: ['검색 페이지에서 입력한 그대로 찾을 수 있습니다'],
    },
    type: DocumentType.Title,
    page: undefined,
    metadata: {match: {t: {position: [[1, corrected.length]]}}},
    // No words to highlight: the plugin would add them to the link's query string.
    tokens: [],
    score: Infinity,
  };
}
