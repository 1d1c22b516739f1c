import {useCallback, useMemo, useSyncExternalStore} from 'react';
import {useHistory} from '@docusaurus/router';
import {parseState, serializeState, type TableState} from './tableState';

/**
 * How a change reaches the history. A choice (a stage, an area, a sort,
 * clearing the filters) is a new entry, which Back undoes. Typing is one
 * entry however many letters it takes: its first letter adds the entry, the
 * rest replace it, so Back returns to the table as it was before the search.
 */
export type Change = 'choice' | 'typing';

/** Marks the history entries typing made, in the entry's state (history keeps it across Back and Forward). */
const TYPED = 'cncf-table-typed';

const typedEntry = (state: unknown): boolean =>
  typeof state === 'object' && state !== null && (state as Record<string, unknown>)[TYPED] === true;

/**
 * The table's state is the URL query, so a filtered view can be shared and
 * survives a reload, and Back and Forward step through the reader's choices.
 * Reading the query through useSyncExternalStore, with an empty query as the
 * server snapshot, makes hydration render exactly the server's full table and
 * applies the query right after, with no mismatch.
 */
export function useTableState(): [TableState, (next: TableState, change: Change) => void] {
  const history = useHistory();
  const search = useSyncExternalStore(
    history.listen,
    () => history.location.search,
    () => '',
  );
  const setState = useCallback(
    (next: TableState, change: Change) => {
      const {location} = history;
      const nextSearch = serializeState(next, location.search);
      if (nextSearch === location.search) return;
      const typing = change === 'typing';
      const entry = {...location, search: nextSearch, state: typing ? {[TYPED]: true} : undefined};
      if (typing && typedEntry(location.state)) history.replace(entry);
      else history.push(entry);
    },
    [history],
  );
  return [useMemo(() => parseState(search), [search]), setState];
}
