import {useCallback, useMemo, useSyncExternalStore} from 'react';
import {useHistory} from '@docusaurus/router';
import {parseState, serializeState, type TableState} from './tableState';

/**
 * The table's state is the URL query, so a filtered view can be shared and
 * survives a reload. Reading the query through useSyncExternalStore, with an
 * empty query as the server snapshot, makes hydration render exactly the
 * server's full table and applies the query right after, with no mismatch.
 */
export function useTableState(): [TableState, (next: TableState) => void] {
  const history = useHistory();
  const search = useSyncExternalStore(
    history.listen,
    () => history.location.search,
    () => '',
  );
  const setState = useCallback(
    (next: TableState) => {
      // Replace, not push: a filter tweak is not a page the Back button should revisit.
      history.replace({...history.location, search: serializeState(next, history.location.search)});
    },
    [history],
  );
  return [useMemo(() => parseState(search), [search]), setState];
}
