import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, it} from 'node:test';
import vm from 'node:vm';
import {contentSecurityPolicy} from '../../scripts/nginx/headers';
import {searchEngineFromEnv, searchOrigins} from '../../src/search/engine';

const algolia = {
  SEARCH_ENGINE: 'algolia',
  DOCSEARCH_APP_ID: 'ABC123',
  DOCSEARCH_API_KEY: 'search-key',
  DOCSEARCH_INDEX_NAME: 'container-docs-ko',
};

describe('the search engine option', () => {
  it('is the local index unless the environment says otherwise', () => {
    assert.deepEqual(searchEngineFromEnv({}), {kind: 'local'});
    assert.deepEqual(searchEngineFromEnv({SEARCH_ENGINE: 'local', DOCSEARCH_APP_ID: 'ignored'}), {kind: 'local'});
  });

  it('is Algolia DocSearch with the application id, search key and index name from the environment', () => {
    assert.deepEqual(searchEngineFromEnv(algolia), {
      kind: 'algolia',
      appId: 'ABC123',
      apiKey: 'search-key',
      indexName: 'container-docs-ko',
    });
  });

  it('stops a half-configured build, naming every variable it misses', () => {
    assert.throws(
      () => searchEngineFromEnv({SEARCH_ENGINE: 'algolia', DOCSEARCH_APP_ID: 'ABC123'}),
      /SEARCH_ENGINE=algolia needs DOCSEARCH_API_KEY, DOCSEARCH_INDEX_NAME/,
    );
    assert.throws(() => searchEngineFromEnv({SEARCH_ENGINE: 'typesense'}), /set it to "local" \(the default\) or "algolia"/);
    assert.throws(() => searchEngineFromEnv({...algolia, DOCSEARCH_APP_ID: 'abc/../x'}), /not an Algolia application id/);
  });

  it("opens the Content-Security-Policy to DocSearch's origins only when the site uses it", () => {
    assert.deepEqual(searchOrigins({kind: 'local'}), []);
    const policy = contentSecurityPolicy(["'sha256-x'"], searchOrigins(searchEngineFromEnv(algolia)));
    assert.match(
      policy,
      /connect-src 'self' https:\/\/abc123-dsn\.algolia\.net https:\/\/abc123\.algolia\.net https:\/\/\*\.algolianet\.com;/,
    );
    assert.match(contentSecurityPolicy([]), /connect-src 'self';/);
  });
});

type CrawlerConfig = {
  startUrls: string[];
  sitemaps: string[];
  ignoreNoIndex: boolean;
  ignoreNoFollowTo: boolean;
  discoveryPatterns: string[];
  exclusionPatterns: string[];
  actions: {indexName: string; pathsToMatch: string[]}[];
  initialIndexSettings: Record<string, {attributesForFaceting: string[]; indexLanguages: string[]; queryLanguages: string[]}>;
};

/** The crawler configuration as the Algolia Crawler's editor would evaluate it. */
function crawlerConfig(): CrawlerConfig {
  const file = path.resolve(import.meta.dirname, '..', '..', 'deploy', 'docsearch', 'crawler.config.js');
  let config: CrawlerConfig | undefined;
  vm.runInNewContext(readFileSync(file, 'utf8'), {
    Crawler: class {
      constructor(given: CrawlerConfig) {
        config = given;
      }
    },
  });
  assert.ok(config, `${file} does not call new Crawler(…)`);
  // Plain data of this realm (the functions, such as the record extractor, are not checked here).
  return JSON.parse(JSON.stringify(config)) as CrawlerConfig;
}

/** The crawler's URL patterns: `**` any path, `*` one segment. */
const matches = (pattern: string, url: string) => {
  const escape = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*');
  return new RegExp(`^${pattern.split('**').map(escape).join('.*')}$`).test(url);
};

describe('the DocSearch crawler configuration (deploy/docsearch/crawler.config.js)', () => {
  const config = crawlerConfig();
  const site = 'https://container-docs-ko.github.io';
  const [action] = config.actions;
  const indexed = (url: string) =>
    (action?.pathsToMatch ?? []).some((pattern) => matches(pattern, url)) &&
    !config.exclusionPatterns.some((pattern) => matches(pattern, url));

  it('crawls the site the config names, both docs editions included', () => {
    assert.ok(
      readFileSync(path.resolve(import.meta.dirname, '..', '..', 'docusaurus.config.ts'), 'utf8').includes(`const siteUrl = '${site}'`),
    );
    assert.ok(config.startUrls.includes(`${site}/docs/1.0/`), 'the 1.0 edition is not in the sitemap: the crawler must start from it');
    assert.ok(
      config.ignoreNoIndex && config.ignoreNoFollowTo,
      'the 1.0 edition is noindex, nofollow for search engines, not for the site search',
    );
  });

  it('indexes docs of both editions and blog posts, and not the lists, the search page or the Markdown copies', () => {
    for (const url of [
      `${site}/docs`,
      `${site}/docs/runtimes/overview`,
      `${site}/docs/1.0/layers/concepts`,
      `${site}/blog/2026/11/25/dockershim-runtime-choice`,
    ]) {
      assert.ok(indexed(url), url);
    }
    for (const url of [
      `${site}/search`,
      `${site}/blog/tags/cncf`,
      `${site}/blog/page/2`,
      `${site}/blog/archive`,
      `${site}/docs/runtimes/overview.md`,
      `${site}/`,
    ]) {
      assert.ok(!indexed(url), url);
    }
  });

  it('records what contextual search filters on, with Korean as the index language', () => {
    const settings = config.initialIndexSettings[action?.indexName ?? ''];
    assert.ok(settings, "initialIndexSettings for the action's index");
    for (const facet of ['language', 'version', 'docusaurus_tag']) assert.ok(settings.attributesForFaceting.includes(facet), facet);
    assert.deepEqual(settings.indexLanguages, ['ko']);
    assert.deepEqual(settings.queryLanguages, ['ko', 'en']);
  });
});
