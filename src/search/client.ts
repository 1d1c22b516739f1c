/**
 * The search page's side of the search worker (./worker.ts): one worker per
 * page load, started on the first search, spoken to with Comlink.
 */
import {startTransition, useEffect, useRef, useState} from 'react';
import * as Comlink from 'comlink';
import type {PageAnswer} from './results';
import type {PageSearchOptions, SearchWorker} from './worker';

let remote: Promise<Comlink.Remote<SearchWorker>> | undefined;

function worker(): Promise<Comlink.Remote<SearchWorker>> {
  if (!remote) {
    const Remote = Comlink.wrap<typeof SearchWorker>(new Worker(new URL('./worker.ts', import.meta.url)));
    remote = new Remote();
    // A worker that failed to start is started again on the next search.
    remote.catch(() => (remote = undefined));
  }
  return remote;
}

export type PageSearch = {
  /** The query the results are for, and whether its words were searched as typed. */
  readonly query: string;
  readonly literal: boolean;
  readonly answer: PageAnswer;
};

export type PageSearchState =
  | {readonly status: 'idle'}
  /** The first search is under way (the index is loading); `done` keeps the last results while the next are found. */
  | {readonly status: 'loading'}
  | {readonly status: 'done'; readonly result: PageSearch}
  | {readonly status: 'failed'};

/**
 * Searches a docs version (`versionUrl`) as the query changes. The last
 * results stay until the next arrive, set in a transition (a long list of
 * highlighted excerpts is a long render on a phone); an answer for a query
 * that has changed since is dropped.
 */
export function usePageSearch(
  versionUrl: string,
  searchContext: string,
  query: string,
  {literal = false}: PageSearchOptions,
): PageSearchState {
  const [state, setState] = useState<PageSearchState>({status: 'idle'});
  const asked = `${versionUrl}\n${searchContext}\n${literal}\n${query}`;
  const [lastAsked, setLastAsked] = useState(asked);
  // A new question: say what is shown until its answer comes (React's "adjusting state when a prop changes").
  if (asked !== lastAsked) {
    setLastAsked(asked);
    if (query.trim() === '') setState({status: 'idle'});
    else if (state.status !== 'done') setState({status: 'loading'});
  }
  const latest = useRef(0);
  useEffect(() => {
    const call = (latest.current += 1);
    if (query.trim() === '') return;
    worker()
      .then((search) => search.searchPages(versionUrl, searchContext, query, {literal}))
      .then(
        (answer) => {
          if (call === latest.current) startTransition(() => setState({status: 'done', result: {query, literal, answer}}));
        },
        (error: unknown) => {
          console.error('search failed', error);
          if (call === latest.current) setState({status: 'failed'});
        },
      );
  }, [versionUrl, searchContext, query, literal]);
  return state;
}
