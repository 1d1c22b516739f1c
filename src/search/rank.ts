import {aliasTokens, bigrams, CANONICAL_PREFIX, wordTokens, words, type AliasTable, type IndexToken} from './analyzer';
import {parseQuery, titleKey, type Alternative, type QueryPlan} from './query';
import {
  DocumentType,
  documentsWith,
  expandPrefix,
  lexiconOf,
  resolveInitials,
  type LoadedIndex,
  type LoadedSearchIndex,
  type SearchDocument,
} from './searchIndex';

/** What the plugin's SearchBar and SearchPage render (their `SearchResult`). */
export type SearchResult = {
  document: SearchDocument;
  type: DocumentType;
  /** The page's title document, for headings, descriptions, keywords and content. */
  page: SearchDocument | undefined;
  metadata: Record<string, {t: {position: [number, number][]}}>;
  /** Lower-cased words to highlight, longest first. */
  tokens: string[];
  score: number;
  isLastOfTree?: boolean;
};

// Where a word is found says how much the page is about it.
const FIELD_WEIGHT: Record<DocumentType, number> = {0: 1, 1: 0.8, 2: 0.7, 3: 0.7, 4: 0.5};
// A compound found as separately written words (컨테이너런타임 as 컨테이너 런타임) loses a little per split.
const SPLIT_CREDIT = 0.9;
// Some of a word's pieces is weak evidence: credit falls with the square of the share found.
const PARTIAL_CREDIT = 0.8;
// A concept is on a page, for its document frequency, when some document has it all but a split or two.
const PRESENT = 0.8;
// Every word the reader typed counts for something, however common it is.
const IDF_FLOOR = 1;
// BM25's saturation and length normalisation, counting sections instead of terms.
const DEPTH_K = 1.2;
const DEPTH_B = 0.75;
const PLACEMENT_SHARE = 0.6;
const SPREAD_SHARE = 0.7;
const TITLE_MATCH_BONUS = 1;
// The docs pages are the reference; a blog post or a glossary entry about the same thing comes after them.
const SECONDARY_WEIGHT = 0.8;
// Pages far below the best one are noise, not results.
const RELATIVE_CUTOFF = 0.15;
// Highlight words travel in the URL of the page a result opens.
const MAX_TOKENS = 16;
const MAX_TOKEN_LENGTH = 64;

/** A document with a credit per concept, and the index terms that earned them. */
type Hit = {index: LoadedIndex; doc: number; credits: number[]; terms: Set<string>};

/** Document → the index terms found in it, for one query term (a prefix finds several). */
type Found = Map<number, readonly string[]>;

/** Every term a plan looks up in one index, looked up once. */
class Lookups {
  private readonly cache = new Map<string, Found>();
  constructor(private readonly index: LoadedIndex) {}

  get(term: string, prefix: boolean): Found {
    const key = `${prefix ? '*' : '='}${term}`;
    let found = this.cache.get(key);
    if (!found) {
      found = new Map();
      for (const indexTerm of prefix ? expandPrefix(this.index, term) : [term]) {
        for (const doc of documentsWith(this.index, indexTerm)) found.set(doc, [...(found.get(doc) ?? []), indexTerm]);
      }
      this.cache.set(key, found);
    }
    return found;
  }

  /** Documents in which any term of the plan occurs. */
  candidates(plan: QueryPlan): Set<number> {
    const docs = new Set<number>();
    for (const concept of plan.concepts) {
      for (const alternative of concept.alternatives) {
        for (const [term, prefix] of termsOf(alternative)) for (const doc of this.get(term, prefix).keys()) docs.add(doc);
      }
    }
    return docs;
  }
}

function termsOf(alternative: Alternative): [string, boolean][] {
  return alternative.kind === 'hangul'
    ? bigrams(alternative.stem).map((term) => [term, false])
    : alternative.terms.map((term) => [term, alternative.prefix]);
}

/**
 * Credit for a Korean stem whose bigrams `found` are present: 1 if all are;
 * if the stem can be cut into pieces of two syllables or more whose own
 * bigrams are all present, 0.9 per cut; otherwise a share of partial credit.
 */
export function hangulCredit(found: readonly boolean[]): number {
  const n = found.length + 1;
  // fewestCuts[k]: fewest pieces covering syllables [0, k), every piece fully found.
  const fewestCuts: number[] = [0];
  for (let end = 2; end <= n; end += 1) {
    let best = Infinity;
    for (let start = 0; start <= end - 2; start += 1) {
      const before = fewestCuts[start] ?? Infinity;
      if (before === Infinity) continue;
      if (found.slice(start, end - 1).every(Boolean)) best = Math.min(best, before + 1);
    }
    fewestCuts[end] = best;
  }
  const pieces = fewestCuts[n] ?? Infinity;
  if (pieces !== Infinity) return SPLIT_CREDIT ** (pieces - 1);
  const share = found.filter(Boolean).length / found.length;
  return PARTIAL_CREDIT * share * share;
}

function alternativeCredit(alternative: Alternative, lookups: Lookups, doc: number, terms: Set<string>): number {
  const present = termsOf(alternative).map(([term, prefix]) => {
    const found = lookups.get(term, prefix).get(doc);
    for (const indexTerm of found ?? []) terms.add(indexTerm);
    return found !== undefined;
  });
  if (alternative.kind === 'hangul') return alternative.credit * hangulCredit(present);
  const share = present.filter(Boolean).length / present.length;
  return alternative.credit * (share === 1 ? 1 : PARTIAL_CREDIT * share * share);
}

function hitsIn(index: LoadedIndex, plan: QueryPlan): Hit[] {
  const lookups = new Lookups(index);
  return [...lookups.candidates(plan)].map((doc) => {
    const terms = new Set<string>();
    const credits = plan.concepts.map((concept) =>
      Math.max(...concept.alternatives.map((alternative) => alternativeCredit(alternative, lookups, doc, terms))),
    );
    return {index, doc, credits, terms};
  });
}

// Typing a query shows the same documents again and again; their terms are found once.
const analyzed = new WeakMap<SearchDocument, {words: IndexToken[]; aliases?: IndexToken[]}>();

/** Where a hit's terms are in its text, overlapping bigrams merged into one span per word. */
export function highlightPositions(doc: SearchDocument, terms: ReadonlySet<string>, aliases: AliasTable): [number, number][] {
  const tokens = analyzed.get(doc) ?? {words: wordTokens(words(doc.t))};
  analyzed.set(doc, tokens);
  // Glossary spellings are looked for only when one of them matched: it is the costly part.
  if (!tokens.aliases && [...terms].some((term) => term.startsWith(CANONICAL_PREFIX))) {
    tokens.aliases = aliasTokens(words(doc.t), aliases);
  }
  const spans = [...tokens.words, ...(tokens.aliases ?? [])]
    .filter((token) => terms.has(token.term))
    .map((token): [number, number] => [token.start, token.length])
    .sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const [start, length] of spans) {
    const last = merged.at(-1);
    if (last && start <= last[0] + last[1]) last[1] = Math.max(last[1], start + length - last[0]);
    else merged.push([start, length]);
  }
  return merged;
}

/** A page's score and where it came from, for ranking and for tuning. */
export type RankedPage = {
  pageId: number;
  score: number;
  /** How prominently the concepts are placed (title over heading over body), rarer concepts weighing more. */
  placement: number;
  /** How many of the page's sections are about the concepts, saturating and relative to the page's length. */
  depth: number;
  /** The best single document's share of the concepts. */
  together: number;
  titleMatch: boolean;
  /** Best first. */
  hits: Hit[];
};

function documentOf(hit: Hit): SearchDocument {
  const doc = hit.index.documents[hit.doc];
  if (!doc) throw new Error(`search index ${hit.index.type} has no document ${hit.doc}`);
  return doc;
}

function pageIdOf(type: DocumentType, doc: SearchDocument): number {
  return type === DocumentType.Title ? doc.i : (doc.p ?? doc.i);
}

const isSection = (type: DocumentType) => type === DocumentType.Heading || type === DocumentType.Content;

function highlightTokens(loaded: LoadedSearchIndex, plan: QueryPlan): string[] {
  const words = plan.concepts.flatMap((concept) => {
    if (concept.correctedTo !== undefined) return [concept.correctedTo];
    return concept.alternatives.some((alternative) => alternative.kind === 'hangul' && alternative.stem !== concept.text)
      ? concept.alternatives.flatMap((alternative) => (alternative.kind === 'hangul' ? [alternative.stem] : []))
      : [concept.text];
  });
  const forms = loaded.aliasGroups
    .filter((group) => plan.glossaryTerms.some((term) => term.slice(1) === group.id))
    .flatMap((group) => group.forms.map((form) => form.normalize('NFC').toLowerCase()));
  return [...new Set([...words, ...forms])]
    .filter((token) => token.length > 0 && token.length <= MAX_TOKEN_LENGTH)
    .sort((a, b) => b.length - a.length)
    .slice(0, MAX_TOKENS);
}

/** Scores every page that matches the plan, best first. */
export function rankPages(loaded: LoadedSearchIndex, plan: QueryPlan): RankedPage[] {
  const byPage = new Map<number, Hit[]>();
  for (const index of loaded.indexes) {
    for (const hit of hitsIn(index, plan)) {
      const id = pageIdOf(index.type, documentOf(hit));
      byPage.set(id, [...(byPage.get(id) ?? []), hit]);
    }
  }
  const titles = loaded.indexes[DocumentType.Title]?.documents ?? [];
  const titleById = new Map(titles.map((doc) => [doc.i, doc]));
  const sectionCount = new Map<number, number>();
  for (const index of loaded.indexes) {
    if (!isSection(index.type)) continue;
    for (const doc of index.documents) sectionCount.set(pageIdOf(index.type, doc), (sectionCount.get(pageIdOf(index.type, doc)) ?? 0) + 1);
  }
  const meanSections = [...sectionCount.values()].reduce((sum, n) => sum + n, 0) / Math.max(1, sectionCount.size);
  // A query that is just a glossary term's spelling (k8s, 쿠버네티스) asks for the page the glossary says explains it.
  const namedTerm = loaded.aliases.get(plan.key);
  const termPage = namedTerm === undefined ? undefined : loaded.termPages.get(namedTerm.slice(CANONICAL_PREFIX.length));

  // Rarer concepts weigh more: an inverse document frequency over pages. A
  // concept is present as well as it can be: a corrected word at its credit.
  const weights = plan.concepts.map((concept, i) => {
    const best = Math.max(...concept.alternatives.map((alternative) => alternative.credit));
    let pages = 0;
    for (const pageHits of byPage.values()) if (pageHits.some((hit) => (hit.credits[i] ?? 0) >= PRESENT * best)) pages += 1;
    return IDF_FLOOR + Math.log((titles.length + 1) / (pages + 0.5));
  });
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const weighted = (perConcept: (i: number) => number) => weights.reduce((sum, weight, i) => sum + weight * perConcept(i), 0) / total;

  const docScore = (hit: Hit) => FIELD_WEIGHT[hit.index.type] * weighted((i) => hit.credits[i] ?? 0);
  const ranked = [...byPage].map(([pageId, unsorted]): RankedPage => {
    const hits = unsorted.sort((a, b) => docScore(b) - docScore(a) || a.index.type - b.index.type);
    const lengthNorm = 1 - DEPTH_B + (DEPTH_B * (sectionCount.get(pageId) ?? 0)) / (meanSections || 1);
    const sections = hits.filter((hit) => isSection(hit.index.type));
    const placement = weighted((i) => Math.max(...hits.map((hit) => FIELD_WEIGHT[hit.index.type] * (hit.credits[i] ?? 0))));
    const depth = weighted((i) => {
      const n = sections.reduce((sum, hit) => sum + (hit.credits[i] ?? 0), 0);
      return n / (n + DEPTH_K * lengthNorm);
    });
    const together = hits[0] ? docScore(hits[0]) : 0;
    const title = titleById.get(pageId);
    const titleMatch = (title !== undefined && titleKey(title.t) === plan.key) || pageId === termPage;
    const spread = PLACEMENT_SHARE * placement + (1 - PLACEMENT_SHARE) * depth;
    const relevance = SPREAD_SHARE * spread + (1 - SPREAD_SHARE) * together + (titleMatch ? TITLE_MATCH_BONUS : 0);
    const score = loaded.secondaryPages.has(pageId) ? SECONDARY_WEIGHT * relevance : relevance;
    return {pageId, score, placement, depth, together, titleMatch, hits};
  });
  return ranked.sort((a, b) => b.score - a.score || a.pageId - b.pageId);
}

export type SearchOptions = {
  /** Search the words exactly as typed, correcting none. */
  literal?: boolean;
};

/** A query's pages, best first, as far as they are results (see {@link RELATIVE_CUTOFF}). */
export type Ranking = {plan: QueryPlan; pages: RankedPage[]; tokens: string[]};

/** Reads the query and ranks the pages it finds. */
export function rankQuery(loaded: LoadedSearchIndex, input: string, {literal = false}: SearchOptions = {}): Ranking {
  const plan = parseQuery(input, loaded.aliases, (initials) => resolveInitials(loaded, initials), {lexicon: lexiconOf(loaded), literal});
  if (plan.concepts.length === 0) return {plan, pages: [], tokens: []};
  const pages = rankPages(loaded, plan);
  const top = pages[0]?.score ?? 0;
  return {plan, pages: pages.filter((page) => page.score >= top * RELATIVE_CUTOFF), tokens: highlightTokens(loaded, plan)};
}

/**
 * Ranks pages, then lists up to two documents per page: the page itself
 * (title, else description or keywords) and its best section. The navbar and
 * the search page both call this and cut the same list at their own limit.
 */
export function search(loaded: LoadedSearchIndex, input: string, limit: number, options: SearchOptions = {}): SearchResult[] {
  return resultsOf(loaded, rankQuery(loaded, input, options), limit);
}

/** The plugin's result list for a ranking: the page and its best section, page after page. */
export function resultsOf(loaded: LoadedSearchIndex, {pages, tokens}: Ranking, limit: number): SearchResult[] {
  const titleById = new Map((loaded.indexes[DocumentType.Title]?.documents ?? []).map((doc) => [doc.i, doc]));
  const results: SearchResult[] = [];
  for (const {pageId, score, hits} of pages) {
    if (results.length >= limit) break;
    const pageLevel = hits
      .filter((hit) => !isSection(hit.index.type))
      .sort((a, b) => a.index.type - b.index.type)
      .slice(0, 1);
    const sections = hits.filter((hit) => isSection(hit.index.type));
    [...pageLevel, ...sections].slice(0, 2).forEach((hit, i) => {
      results.push({
        document: documentOf(hit),
        type: hit.index.type,
        page: hit.index.type === DocumentType.Title ? undefined : titleById.get(pageId),
        metadata: {match: {t: {position: highlightPositions(documentOf(hit), hit.terms, loaded.aliases)}}},
        tokens,
        score,
        // The plugin draws the section as a branch under its page's entry.
        ...(i === 1 && pageLevel.length > 0 ? {isLastOfTree: true} : {}),
      });
    });
  }
  return results.slice(0, limit);
}
