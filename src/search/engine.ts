/**
 * Which search the site is built with: the local index (the default) or
 * Algolia DocSearch, a hosted engine for when the local index has grown too
 * big to download (docs-dev/search.md says when). Chosen by the environment,
 * so that switching is a deployment setting, not a code change:
 *
 *   SEARCH_ENGINE=algolia DOCSEARCH_APP_ID=… DOCSEARCH_API_KEY=… DOCSEARCH_INDEX_NAME=… npm run build
 *
 * DOCSEARCH_API_KEY is the search-only key DocSearch gives out: it ends up in
 * the pages, like every DocSearch site's.
 */
export type SearchEngine =
  {readonly kind: 'local'} | {readonly kind: 'algolia'; readonly appId: string; readonly apiKey: string; readonly indexName: string};

export const SEARCH_ENGINE_VARIABLES = {
  engine: 'SEARCH_ENGINE',
  appId: 'DOCSEARCH_APP_ID',
  apiKey: 'DOCSEARCH_API_KEY',
  indexName: 'DOCSEARCH_INDEX_NAME',
} as const;

/** Reads the search engine from the environment; a half-configured Algolia stops the build, naming what is missing. */
export function searchEngineFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): SearchEngine {
  const kind = env[SEARCH_ENGINE_VARIABLES.engine]?.trim() || 'local';
  if (kind === 'local') return {kind};
  if (kind !== 'algolia') {
    throw new Error(`${SEARCH_ENGINE_VARIABLES.engine} is "${kind}"; set it to "local" (the default) or "algolia".`);
  }
  const read = (name: string) => env[name]?.trim() ?? '';
  const [appId, apiKey, indexName] = [SEARCH_ENGINE_VARIABLES.appId, SEARCH_ENGINE_VARIABLES.apiKey, SEARCH_ENGINE_VARIABLES.indexName].map(
    read,
  ) as [string, string, string];
  const missing = Object.entries({
    [SEARCH_ENGINE_VARIABLES.appId]: appId,
    [SEARCH_ENGINE_VARIABLES.apiKey]: apiKey,
    [SEARCH_ENGINE_VARIABLES.indexName]: indexName,
  })
    .filter(([, value]) => value === '')
    .map(([name]) => name);
  if (missing.length > 0) {
    throw new Error(
      `${SEARCH_ENGINE_VARIABLES.engine}=algolia needs ${missing.join(', ')}: the DocSearch application id, ` +
        'search-only API key and index name (see docs-dev/search.md).',
    );
  }
  if (!/^[A-Za-z0-9]+$/.test(appId))
    throw new Error(`${SEARCH_ENGINE_VARIABLES.appId} "${appId}" is not an Algolia application id (letters and digits).`);
  return {kind, appId, apiKey, indexName};
}

/** The origins DocSearch talks to, for the Content-Security-Policy's connect-src. */
export function searchOrigins(engine: SearchEngine): string[] {
  if (engine.kind === 'local') return [];
  const id = engine.appId.toLowerCase();
  return [`https://${id}-dsn.algolia.net`, `https://${id}.algolia.net`, `https://*.algolianet.com`];
}
