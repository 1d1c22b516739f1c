/**
 * The search page (/search), ours instead of the search plugin's: it lists
 * each page once with its matching sections under it, says when a word was
 * read as another (and offers the words as typed), and asks our search
 * worker (src/search/worker.ts) directly. State lives in the URL: `q`, the
 * query; `literal=1`, search the words as typed; `version`, the docs version
 * to search (`docs/1.0/`; the latest when absent), as the navbar box links
 * to it; `ctx`, the plugin's search context, passed through.
 */
import {startTransition, useCallback, useEffect, useMemo, useRef, useState, type ChangeEvent, type ReactNode} from 'react';
import clsx from 'clsx';
import Head from '@docusaurus/Head';
import {useHistory, useLocation} from '@docusaurus/router';
import {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useVersions} from '@docusaurus/plugin-content-docs/client';
import Layout from '@theme/Layout';
import MoreResults from '@site/src/components/MoreResults';
import SearchCorrection from '@site/src/components/SearchCorrection';
import SearchHit from '@site/src/components/SearchHit';
import {usePageSearch} from '@site/src/search/client';
import styles from './styles.module.css';

/** Pages drawn at once; more as the reader scrolls to them (see src/components/MoreResults). */
const PAGES_AT_ONCE = 10;
const HIGHLIGHT_PARAM = '_highlight';

type SearchParams = {query: string; literal: boolean; version: string; context: string};

function readParams(search: string): SearchParams {
  const params = new URLSearchParams(search);
  return {
    query: params.get('q') ?? '',
    literal: params.get('literal') === '1',
    version: params.get('version') ?? '',
    context: params.get('ctx') ?? '',
  };
}

function searchString({query, literal, version, context}: SearchParams): string {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  if (literal) params.set('literal', '1');
  if (version) params.set('version', version);
  if (context) params.set('ctx', context);
  return params.toString();
}

/** The docs versions, each with the `version` parameter that searches it ('' for the latest). */
function useVersionChoices(baseUrl: string): {label: string; param: string}[] {
  const versions = useVersions(undefined);
  return versions.map((version) => ({
    label: version.label,
    param: version.isLast ? '' : `${version.path.slice(baseUrl.length).replace(/\/$/, '')}/`,
  }));
}

function SearchPageContent(): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const {baseUrl} = siteConfig;
  const history = useHistory();
  const location = useLocation();
  const input = useRef<HTMLInputElement>(null);
  // The server renders the page without a query: the URL is read once in the browser, after hydration.
  const [params, setParams] = useState<SearchParams | null>(null);
  const [shown, setShown] = useState(PAGES_AT_ONCE);
  const versions = useVersionChoices(baseUrl);

  useEffect(() => {
    const fromUrl = readParams(location.search);
    setParams((current) => {
      if (current === null) {
        // Text typed into the server's box before the page came to life wins over the URL.
        const typed = input.current?.value ?? '';
        return typed && typed !== fromUrl.query ? {...fromUrl, query: typed, literal: false} : fromUrl;
      }
      return searchString(current) === searchString(fromUrl) ? current : fromUrl;
    });
  }, [location.search]);

  const update = useCallback(
    (next: SearchParams) => {
      setParams(next);
      setShown(PAGES_AT_ONCE);
      if (searchString(next) !== searchString(readParams(history.location.search))) history.replace({search: searchString(next)});
    },
    [history],
  );

  const query = params?.query ?? '';
  const literal = params?.literal ?? false;
  const version = params?.version ?? '';
  const context = params?.context ?? '';
  const state = usePageSearch(`${baseUrl}${version}`, context, query, {literal});
  const result = state.status === 'done' ? state.result : undefined;
  // New results start again from their first batch.
  const [batchesOf, setBatchesOf] = useState(result);
  if (result !== batchesOf) {
    setBatchesOf(result);
    setShown(PAGES_AT_ONCE);
  }
  const showMore = useCallback(() => startTransition(() => setShown((count) => count + PAGES_AT_ONCE)), []);

  const onQuery = (event: ChangeEvent<HTMLInputElement>) => update({query: event.target.value, literal: false, version, context});
  const onVersion = (event: ChangeEvent<HTMLSelectElement>) => update({query, literal, version: event.target.value, context});

  const highlight = useMemo(() => {
    const search = new URLSearchParams();
    for (const token of result?.answer.tokens ?? []) search.append(HIGHLIGHT_PARAM, token);
    const text = search.toString();
    return text ? `?${text}` : '';
  }, [result]);

  const title = query
    ? translate({id: 'theme.SearchPage.existingResultsTitle', message: 'Search results for "{query}"'}, {query})
    : translate({id: 'theme.SearchPage.emptyResultsTitle', message: 'Search the documentation'});
  const corrected = result?.answer.corrected;
  const otherReading = `?${searchString({query: result?.query ?? query, literal: !result?.literal, version, context})}`;
  const pages = result?.answer.pages ?? [];

  return (
    <main className={clsx('container', 'margin-vert--lg', styles.page)}>
      <Head>
        <title>{`${title} | ${siteConfig.title}`}</title>
      </Head>
      <h1>{title}</h1>
      <div className={styles.controls} role="search">
        <input
          ref={input}
          type="search"
          name="q"
          className={styles.query}
          aria-label={translate({id: 'theme.SearchPage.inputLabel', message: 'Search'})}
          placeholder={translate({id: 'theme.SearchPage.inputPlaceholder', message: 'Type your search here'})}
          value={query}
          onChange={onQuery}
          autoComplete="off"
          // The reader came here to type.
          autoFocus
        />
        {versions.length > 1 && (
          <label className={styles.version}>
            <span>{translate({id: 'theme.SearchPage.versionLabel', message: 'Docs version'})}</span>
            <select value={version} onChange={onVersion}>
              {versions.map(({label, param}) => (
                <option key={param} value={param}>
                  {label}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {state.status === 'loading' && (
        <p className={styles.status} role="status">
          {translate({id: 'theme.SearchPage.loading', message: 'Loading the search index…'})}
        </p>
      )}
      {state.status === 'failed' && (
        <p className={styles.status} role="alert">
          {translate({id: 'theme.SearchPage.failed', message: 'The search could not run. Reload the page to try again.'})}
        </p>
      )}
      {result && (
        <>
          {corrected !== undefined && (
            <SearchCorrection typed={result.query} corrected={corrected} literal={result.literal} otherHref={otherReading} />
          )}
          <p className={styles.status} role="status" data-search-done="">
            {pages.length > 0
              ? // One form for every count: Intl's plural rules would load ICU data as the page comes to life.
                translate({id: 'theme.SearchPage.pagesFound', message: 'Pages found: {count}'}, {count: pages.length})
              : translate({id: 'theme.SearchPage.noResultsText', message: 'No documents were found'})}
          </p>
          <section className={styles.results} aria-label={translate({id: 'theme.SearchPage.resultsLabel', message: 'Results'})}>
            {pages.slice(0, shown).map((page) => (
              <SearchHit key={page.url} page={page} highlight={highlight} />
            ))}
          </section>
          {pages.length > shown && <MoreResults remaining={pages.length - shown} onMore={showMore} />}
        </>
      )}
    </main>
  );
}

export default function SearchPage(): ReactNode {
  return (
    <Layout
      description={translate({
        id: 'theme.SearchPage.description',
        message: 'Search every page of the documentation and the blog, in Korean or English.',
      })}>
      <SearchPageContent />
    </Layout>
  );
}
