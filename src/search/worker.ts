/**
 * Replaces the search plugin's worker (see plugin.ts): same Comlink interface,
 * so the plugin's SearchBar and SearchPage stay as they are, but the index is
 * ours and so is the ranking.
 */
import * as Comlink from 'comlink';
import {searchIndexUrl} from '@generated/@easyops-cn/docusaurus-search-local/default/generated-constants.js';
import {search, type SearchResult} from './rank';
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

export class SearchWorker {
  async fetchIndexes(baseUrl: string, searchContext: string): Promise<void> {
    await indexFor(baseUrl, searchContext);
  }

  async search(baseUrl: string, searchContext: string, input: string, limit: number): Promise<SearchResult[]> {
    return search(await indexFor(baseUrl, searchContext), input, limit);
  }
}

Comlink.expose(SearchWorker);
