/**
 * The search worker. It replaces the search plugin's worker (see plugin.ts)
 * with the same Comlink interface, so that the plugin's navbar box works as
 * it is, but the index is ours and so is the ranking; and it serves our own
 * search page (src/theme/SearchPage), which asks for pages with their
 * matching sections.
 */
import * as Comlink from 'comlink';
import {searchIndexUrl} from '@generated/@easyops-cn/docusaurus-search-local/default/generated-constants.js';
import {rankQuery, resultsOf, type SearchResult} from './rank';
import {correctionSuggestion, pagesOf, type PageAnswer} from './results';
import {loadIndexFile, type LoadedSearchIndex} from './searchIndex';

const loaded = new Map<string, Promise<LoadedSearchIndex>>();

async function fetchIndex(url: string): Promise<LoadedSearchIndex> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return loadIndexFile(await response.json());
}

/** Each docs version (and search context) has its own index file, loaded once. */
function indexFor(baseUrl: string, searchContext: string): Promise<LoadedSearchIndex> {
  const url = `${baseUrl}${searchIndexUrl.replace('{dir}', searchContext ? `-${searchContext.replace(/\//g, '-')}` : '')}`;
  if (new URL(url, location.origin).origin !== location.origin) {
    return Promise.reject(new Error(`Refusing to load a search index from another origin: ${url}`));
  }
  let promise = loaded.get(url);
  if (!promise) {
    promise = fetchIndex(url);
    loaded.set(url, promise);
    // A failed download is retried on the next search instead of failing forever.
    promise.catch(() => loaded.delete(url));
  }
  return promise;
}

// The search page lists at most this many pages; the plugin's page asked for 100 documents, two a page.
const MAX_PAGES = 50;

export type PageSearchOptions = {
  /** Search the words exactly as typed, correcting none. */
  literal?: boolean;
};

export class SearchWorker {
  async fetchIndexes(baseUrl: string, searchContext: string): Promise<void> {
    await indexFor(baseUrl, searchContext);
  }

  /**
   * The plugin's navbar box: its result list, cut at `limit`. When a word
   * was corrected, the first suggestion says so and leads to the search page.
   */
  async search(baseUrl: string, searchContext: string, input: string, limit: number): Promise<SearchResult[]> {
    const index = await indexFor(baseUrl, searchContext);
    const ranking = rankQuery(index, input);
    const corrected = ranking.plan.corrected;
    if (corrected === undefined || ranking.pages.length === 0) return resultsOf(index, ranking, limit);
    return [correctionSuggestion(index, baseUrl, searchContext, input, corrected), ...resultsOf(index, ranking, limit - 1)];
  }

  /** The search page: pages with their matching sections, and what the query was read as. */
  async searchPages(baseUrl: string, searchContext: string, input: string, {literal = false}: PageSearchOptions = {}): Promise<PageAnswer> {
    const index = await indexFor(baseUrl, searchContext);
    const answer = pagesOf(index, rankQuery(index, input, {literal}), MAX_PAGES);
    if (!literal) return answer;
    // Searching as typed, the page still offers the reading it would have made.
    const {corrected} = rankQuery(index, input).plan;
    return corrected === undefined ? answer : {...answer, corrected};
  }
}

Comlink.expose(SearchWorker);
