import {bigrams, buildAliasTable, indexTokens, initialsOf, type AliasGroup, type AliasTable} from './analyzer';
import {frontCode, frontDecode, Vocabulary} from './fuzzy';
import {hangulStems, type Lexicon} from './query';

/** A document as the search plugin extracts it from a built page (its `SearchDocument`). */
export type SearchDocument = {
  /** Id; heading and content documents point at their page's title document through `p`. */
  i: number;
  /** The indexed text: title, heading, description, keywords or section content. */
  t: string;
  /** Page URL, without anchor. */
  u: string;
  h?: string;
  p?: number;
  /** Section or page title shown with content, description and keywords documents. */
  s?: string;
  /** Breadcrumb (title documents). */
  b?: string[];
};

/** The plugin's document kinds, in the order of its index files. */
export const DocumentType = {Title: 0, Heading: 1, Description: 2, Keywords: 3, Content: 4} as const;
export type DocumentType = (typeof DocumentType)[keyof typeof DocumentType];

/** Per term, the indexes (in `documents`) of the documents it occurs in, ascending. */
export type SerializedPostings = Record<string, number[]>;

export const INDEX_FORMAT = 'container-docs-ko/search-index@2';

/**
 * What replaces the plugin's lunr index in build/search-index*.json. The
 * alias groups travel with the index so that a query is analysed exactly as
 * the documents of that version were.
 */
export type SearchIndexFile = {
  format: typeof INDEX_FORMAT;
  /** The site's base URL, for links to the search page. */
  baseUrl: string;
  aliases: AliasGroup[];
  /** Title document ids of pages that rank below the docs at equal relevance (see {@link BuildOptions.isSecondary}). */
  secondaryPages: number[];
  /**
   * Every Korean stem of two syllables or more in the documents and the
   * glossary's spellings, sorted and front-coded ({@link frontCode}): what a
   * mistyped Korean word is corrected to (the postings hold syllable pairs,
   * not words).
   */
  vocabulary: string;
  /** Glossary term id → the title document of the page the glossary says explains it, in this index. */
  termPages: Record<string, number>;
  indexes: {documents: SearchDocument[]; postings: SerializedPostings}[];
};

/** The plugin's own index file: one lunr index per document kind. */
export type PluginIndexFile = {documents: SearchDocument[]; index: unknown}[];

export type BuildOptions = {
  /** The site's base URL (`/` unless the site lives in a subfolder). */
  baseUrl?: string;
  aliases: AliasGroup[];
  /**
   * The site-wide `<meta name="keywords">`, which pages without keywords of
   * their own inherit: it says nothing about any one page.
   */
  siteKeywords?: string;
  /**
   * Pages that point elsewhere rather than explain: blog posts, and the
   * glossary, whose one-sentence definitions link to the pages that explain
   * the terms. Given the page URL.
   */
  isSecondary: (url: string) => boolean;
};

// Diagrams drawn with characters: box drawing, block elements and geometric
// shapes (─ │ ┌ ▶ ▼ ■), and arrows other than ← ↑ → ↓, which prose uses.
const ART_CHARACTERS = /[\u2500-\u25FF\u2194-\u21FF\u27F0-\u27FF\u2900-\u297F]+/gu;
// Their ASCII kin, standing alone: | and \ as lines, ---, ===, +--+ and arrows such as --> or <==.
const ASCII_ART = /(?<=^|\s)(?:[|\\]+|[-=_~+*]{3,}|<[-=]+>?|[-=]+>)(?=\s|$)/g;

/**
 * The text a document is searched and shown by: NFC, without drawing
 * characters (a diagram in a code block would leak into snippets as
 * "─(CRI)─▶ … │ ▼"), whitespace collapsed.
 */
export function searchableText(text: string): string {
  return text.normalize('NFC').replace(ART_CHARACTERS, ' ').replace(ASCII_ART, ' ').replace(/\s+/g, ' ').trim();
}

/** Korean stems of two syllables or more in the documents and the glossary, sorted and front-coded. */
function vocabularyOf(indexes: readonly {documents: readonly SearchDocument[]}[], aliases: readonly AliasGroup[]): string {
  const texts = [...indexes.flatMap(({documents}) => documents.map((doc) => doc.t)), ...aliases.flatMap((group) => group.forms)];
  return frontCode([...new Set(texts.flatMap((text) => hangulStems(text.normalize('NFC'))))].sort());
}

/** Each glossary term's explaining page among this index's pages (each docs version has its own index). */
function termPagesOf(titles: readonly SearchDocument[], aliases: readonly AliasGroup[]): Record<string, number> {
  const byPath = (path: string) => titles.find((doc) => doc.u.replace(/\/$/, '').endsWith(`/${path}`));
  return Object.fromEntries(
    aliases.flatMap(({id, doc}) => {
      const page = doc ? byPath(doc.replace(/#.*$/, '')) : undefined;
      return page ? [[id, page.i]] : [];
    }),
  );
}

export function buildIndexFile(
  plugin: PluginIndexFile,
  {baseUrl = '/', aliases, siteKeywords, isSecondary}: BuildOptions,
): SearchIndexFile {
  const table = buildAliasTable(aliases);
  const keywordList = (text: string) =>
    text
      .split(',')
      .map((keyword) => keyword.trim())
      .join(',');
  const inherited = siteKeywords === undefined ? undefined : keywordList(siteKeywords);
  const titles = plugin[DocumentType.Title]?.documents ?? [];
  const indexes = plugin.map(({documents}, type) => {
    const own = type === DocumentType.Keywords ? documents.filter((doc) => keywordList(doc.t) !== inherited) : documents;
    // Highlight offsets are found in the stored text, so store what was analysed.
    const cleaned = own.map((doc) => ({...doc, t: searchableText(doc.t), ...(doc.s ? {s: searchableText(doc.s)} : {})}));
    return {documents: cleaned, postings: buildPostings(cleaned, table)};
  });
  return {
    format: INDEX_FORMAT,
    baseUrl,
    aliases,
    secondaryPages: titles.filter((doc) => isSecondary(doc.u)).map((doc) => doc.i),
    vocabulary: vocabularyOf(indexes, aliases),
    termPages: termPagesOf(titles, aliases),
    indexes,
  };
}

// Positions are not stored: the worker finds them again in the few documents
// it shows, which keeps the index less than half the size.
function buildPostings(documents: readonly SearchDocument[], aliases: AliasTable): SerializedPostings {
  const byTerm = new Map<string, Set<number>>();
  documents.forEach((doc, docIndex) => {
    for (const {term} of indexTokens(doc.t, aliases)) {
      const docs = byTerm.get(term) ?? new Set<number>();
      byTerm.set(term, docs);
      docs.add(docIndex);
    }
  });
  const postings: SerializedPostings = {};
  for (const term of [...byTerm.keys()].sort()) postings[term] = [...(byTerm.get(term) ?? [])];
  return postings;
}

export type LoadedIndex = {
  type: DocumentType;
  documents: SearchDocument[];
  postings: SerializedPostings;
  /** Sorted, for prefix look-ups. */
  terms: string[];
};

export type LoadedSearchIndex = {
  baseUrl: string;
  indexes: LoadedIndex[];
  aliases: AliasTable;
  aliasGroups: AliasGroup[];
  secondaryPages: ReadonlySet<number>;
  /** See {@link SearchIndexFile.termPages}. */
  termPages: ReadonlyMap<string, number>;
  /** Korean stems, see {@link SearchIndexFile.vocabulary}. */
  vocabulary: string[];
  /** The words queries are checked and corrected against; built on first use. */
  lexicon?: Lexicon;
  /** 초성 string → the Korean stems with those initials, most frequent first; built on first use. */
  initials?: Map<string, string[]>;
};

export function loadIndexFile(json: unknown): LoadedSearchIndex {
  const file = json as Partial<SearchIndexFile> | null;
  if (
    file?.format !== INDEX_FORMAT ||
    !Array.isArray(file.indexes) ||
    !Array.isArray(file.aliases) ||
    !Array.isArray(file.secondaryPages) ||
    typeof file.vocabulary !== 'string' ||
    typeof file.termPages !== 'object' ||
    typeof file.baseUrl !== 'string'
  ) {
    throw new Error(
      `The search index is not in the ${INDEX_FORMAT} format. It is rewritten by src/search/plugin.ts ` +
        'after the search plugin writes it; build the site with `npm run build`.',
    );
  }
  return {
    baseUrl: file.baseUrl,
    vocabulary: frontDecode(file.vocabulary),
    indexes: file.indexes.map(({documents, postings}, type) => ({
      type: type as DocumentType,
      documents,
      postings,
      terms: Object.keys(postings).sort(),
    })),
    aliases: buildAliasTable(file.aliases),
    aliasGroups: file.aliases,
    secondaryPages: new Set(file.secondaryPages),
    termPages: new Map(Object.entries(file.termPages ?? {})),
  };
}

// Code words and their parts, two characters or more: what a mistyped Latin word is corrected to.
const LATIN_TERM = /^[\p{L}\p{N}]{2,}$/u;
const HANGUL_TERM = /[\uAC00-\uD7A3]/;

/** The words of a loaded index, Korean and Latin, for recognising and correcting a query's words. */
export function lexiconOf(loaded: LoadedSearchIndex): Lexicon {
  if (loaded.lexicon) return loaded.lexicon;
  const latinTerms = new Set(
    loaded.indexes.flatMap((index) => index.terms.filter((term) => LATIN_TERM.test(term) && !HANGUL_TERM.test(term))),
  );
  // Documents with the term; for a Korean word, with all its syllable pairs (the index does not know where they are).
  const documentCount = (terms: readonly string[]) =>
    loaded.indexes.reduce((sum, index) => {
      const [first = [], ...rest] = terms.map((term) => new Set(documentsWith(index, term)));
      return sum + [...first].filter((doc) => rest.every((docs) => docs.has(doc))).length;
    }, 0);
  const hangul = new Vocabulary(loaded.vocabulary, 'hangul', (word) => documentCount(bigrams(word)));
  const latin = new Vocabulary(latinTerms, 'latin', (word) => documentCount([word]));
  loaded.lexicon = {
    hangul,
    latin,
    hasTerm: (term, prefix) =>
      loaded.indexes.some((index) => (prefix ? expandPrefix(index, term).length > 0 : documentsWith(index, term).length > 0)),
  };
  return loaded.lexicon;
}

/** The documents a term occurs in. */
export function documentsWith(index: LoadedIndex, term: string): readonly number[] {
  return (Object.hasOwn(index.postings, term) ? index.postings[term] : undefined) ?? [];
}

const MAX_EXPANSIONS = 64;

/** Index terms that start with a prefix (binary search over the sorted terms). */
export function expandPrefix(index: LoadedIndex, prefix: string): string[] {
  let low = 0;
  let high = index.terms.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((index.terms[mid] ?? '') < prefix) low = mid + 1;
    else high = mid;
  }
  const out: string[] = [];
  for (let i = low; i < index.terms.length && out.length < MAX_EXPANSIONS; i += 1) {
    const term = index.terms[i] ?? '';
    if (!term.startsWith(prefix)) break;
    out.push(term);
  }
  return out;
}

const MAX_INITIALS_WORDS = 5;

/**
 * The most frequent Korean stems whose 초성 are (or begin with) `initials`, taken from
 * what names things: titles, headings, descriptions, keywords and the
 * glossary's spellings (body text would add noise and time).
 */
export function resolveInitials(loaded: LoadedSearchIndex, initials: string): string[] {
  if (!loaded.initials) {
    const counts = new Map<string, number>();
    const texts = [
      ...loaded.indexes.filter((index) => index.type !== DocumentType.Content).flatMap((index) => index.documents.map((doc) => doc.t)),
      ...loaded.aliasGroups.flatMap((group) => group.forms),
    ];
    for (const stem of texts.flatMap((text) => hangulStems(text.normalize('NFC')))) counts.set(stem, (counts.get(stem) ?? 0) + 1);
    const byInitials = new Map<string, string[]>();
    for (const stem of [...counts.keys()].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || (a < b ? -1 : 1))) {
      const key = initialsOf(stem);
      byInitials.set(key, [...(byInitials.get(key) ?? []), stem]);
    }
    loaded.initials = byInitials;
  }
  // Words with exactly these initials; failing that, the reader may still be typing.
  const exact = loaded.initials.get(initials) ?? [];
  const words =
    exact.length > 0 ? exact : [...loaded.initials.entries()].filter(([key]) => key.startsWith(initials)).flatMap(([, stems]) => stems);
  return words.slice(0, MAX_INITIALS_WORDS);
}
