import {useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type ReactNode} from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import CncfDataCredit from '@site/src/components/CncfDataCredit';
import figures from '@site/src/data/cncf/figures';
import {countByStage} from '@site/src/data/cncf/stats';
import {DATE_FIELDS, dateLabels} from '@site/src/data/cncf/types';
import FilterBar from './FilterBar';
import ProjectRows from './ProjectRows';
import SortButton from './SortButton';
import {fillOpenEnglish, isEnglishDisclosure, loadEnglish} from './english';
import {useTableState, type Change} from './useTableState';
import {readRows, withEnglish, type TableRows} from './readRows';
import {
  filterByAreaAndQuery,
  filterByStage,
  isDefaultView,
  isFiltered,
  naturalOrder,
  sortProjects,
  type SortKey,
  type TableState,
} from './tableState';
import styles from './styles.module.css';

/** Whether the rows are already these, in this order: then nothing is moved, and nothing laid out again. */
const inPlace = (tbody: HTMLTableSectionElement, rows: readonly HTMLTableRowElement[]): boolean =>
  tbody.rows.length === rows.length && rows.every((row, index) => tbody.rows[index] === row);

/**
 * Every CNCF project with its Korean description, stage, area and dates. The
 * server renders the whole table, so it reads without JavaScript; once the
 * page is interactive the controls filter and sort it, keeping their state in
 * the URL query. The rows are HTML, not components: filtering reads them
 * (readRows) and moves them. The English descriptions are loaded when a
 * reader opens one or searches (./english.ts).
 */
export default function CncfMaturityTable(): ReactNode {
  const interactive = useIsBrowser();
  const [state, setUrlState] = useTableState();
  const tbodyRef = useRef<HTMLTableSectionElement>(null);
  const explorerRef = useRef<HTMLDivElement>(null);
  const [tbody, setTbody] = useState<HTMLTableSectionElement | null>(null);
  const [table, setTable] = useState<TableRows | null>(null);
  const [english, setEnglish] = useState<Readonly<Record<string, string>> | null>(null);
  // The server's rows are the default view: they are read only once the reader asks for another,
  // during render (React renders again at once, before anything is drawn), and kept.
  if (!isDefaultView(state) && tbody && !table) setTable(readRows(tbody));

  // A search matches the English too: the first letter typed loads it.
  const searching = state.query.trim() !== '';
  useEffect(() => {
    if (searching && !english) loadEnglish().then(setEnglish, () => undefined);
  }, [searching, english]);

  // A row's "영어 원문" fills in when opened (also one opened before the table was interactive).
  useEffect(() => {
    if (!tbody) return undefined;
    const fill = () =>
      loadEnglish().then(
        (loaded) => fillOpenEnglish(tbody, loaded),
        () => undefined,
      );
    if (tbody.querySelector('details[open]')) void fill();
    const onToggle = (event: Event) => {
      if (isEnglishDisclosure(event.target) && event.target.open) void fill();
    };
    // `toggle` does not bubble.
    tbody.addEventListener('toggle', onToggle, true);
    return () => tbody.removeEventListener('toggle', onToggle, true);
  }, [tbody]);

  const projects = useMemo(() => table && (english ? withEnglish(table.projects, english) : table.projects), [table, english]);
  const matching = useMemo(() => projects && filterByAreaAndQuery(projects, state), [projects, state]);
  const stageCounts = useMemo(() => (matching ? countByStage(matching) : figures.counts), [matching]);
  const rows = useMemo(
    () => matching && sortProjects(filterByStage(matching, state.stage), state.sort, state.order),
    [matching, state.stage, state.sort, state.order],
  );

  useLayoutEffect(() => {
    if (!tbody || !table || !rows) return;
    const wanted = rows.map((project) => table.rowOf.get(project.name)!);
    if (!inPlace(tbody, wanted)) tbody.replaceChildren(...wanted);
  }, [tbody, table, rows]);

  // After a change of the reader's, a table scrolled past its start shows its start, under the filter bar.
  const changed = useRef(false);
  const setState = useCallback(
    (next: TableState, change: Change) => {
      changed.current = true;
      setUrlState(next, change);
    },
    [setUrlState],
  );
  useLayoutEffect(() => {
    const explorer = explorerRef.current;
    if (!changed.current || !explorer) return;
    changed.current = false;
    const bar = explorer.querySelector('form');
    const start = explorer.querySelector('table')?.getBoundingClientRect().top ?? 0;
    // Where the sticky bar ends once stuck: near the table's end it is pushed up and its box says less.
    const below = bar ? (parseFloat(getComputedStyle(bar).top) || 0) + bar.getBoundingClientRect().height : 0;
    if (start < below) window.scrollBy({top: start - below});
  }, [rows, state]);

  const onSort = useCallback(
    (sort: SortKey) => {
      const order = state.sort === sort ? (state.order === 'asc' ? 'desc' : 'asc') : naturalOrder(sort);
      setState({...state, sort, order}, 'choice');
    },
    [state, setState],
  );

  const {total} = figures;
  // Until the rows have been read, they are all there, as the server drew them.
  const status =
    !isFiltered(state) || !rows
      ? `CNCF 프로젝트 ${total}개를 모두 보여 줍니다.`
      : rows.length === 0
        ? `조건에 맞는 프로젝트가 없습니다. 전체 ${total}개 중 0개입니다.`
        : `전체 ${total}개 중 ${rows.length}개 프로젝트를 보여 줍니다.`;
  const direction = state.order === 'asc' ? 'ascending' : 'descending';
  const sortButton = (sortKey: SortKey, label: string) => (
    <SortButton key={sortKey} sortKey={sortKey} state={state} onSort={onSort}>
      {label}
    </SortButton>
  );

  return (
    <div className={styles.explorer} ref={explorerRef}>
      <FilterBar state={state} onChange={setState} stageCounts={stageCounts} areas={figures.areas} interactive={interactive} />
      <p role="status" className={styles.status}>
        {status}
      </p>
      <noscript>
        <p className={styles.status}>
          자바스크립트를 켜면 단계, 분야, 검색어로 표를 거르고 열 제목으로 정렬하며, 프로젝트마다 영어 원문을 볼 수 있습니다.
        </p>
        {/* Their contents come from a script. */}
        <style>{`.${styles.table} details{display:none!important}`}</style>
      </noscript>
      <div className={styles.scroller} style={{'--row-count': rows?.length ?? total} as CSSProperties}>
        <table className={styles.table}>
          <caption>CNCF 프로젝트 성숙도 ({figures.meta.snapshotDate} 기준)</caption>
          <thead>
            <tr>
              <th scope="col" aria-sort={state.sort === 'name' ? direction : undefined}>
                {sortButton('name', '프로젝트')}
                <span className={styles.subLabel}>분야, 설명</span>
              </th>
              <th scope="col">단계</th>
              <th scope="col" aria-sort={state.sort !== 'name' ? direction : undefined}>
                <span className={styles.history}>단계 이력</span>
                <span className={styles.sorts}>{DATE_FIELDS.map((field) => sortButton(field, dateLabels[field].ko))}</span>
              </th>
            </tr>
          </thead>
          <ProjectRows tbodyRef={tbodyRef} onRows={setTbody} />
          {rows?.length === 0 && (
            <tbody>
              <tr>
                <td colSpan={3} className={styles.empty}>
                  조건에 맞는 프로젝트가 없습니다. 조건을 지우거나 바꿔 보세요.
                </td>
              </tr>
            </tbody>
          )}
        </table>
      </div>
      <CncfDataCredit />
    </div>
  );
}
