import {useCallback, useId, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type ReactNode} from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import CncfDataCredit from '@site/src/components/CncfDataCredit';
import figures from '@site/src/data/cncf/figures';
import {countByStage} from '@site/src/data/cncf/stats';
import {DATE_FIELDS, dateLabels} from '@site/src/data/cncf/types';
import FilterBar from './FilterBar';
import ProjectRows from './ProjectRows';
import rowStyles from './ProjectRows/styles.module.css';
import SortableHeader from './SortableHeader';
import {useTableState} from './useTableState';
import {readRows, type TableRows} from './readRows';
import {filterByAreaAndQuery, filterByStage, isDefaultView, isFiltered, naturalOrder, sortProjects, type SortKey} from './tableState';
import styles from './styles.module.css';

/** Whether the rows are already these, in this order: then nothing is moved, and nothing laid out again. */
const inPlace = (tbody: HTMLTableSectionElement, rows: readonly HTMLTableRowElement[]): boolean =>
  tbody.rows.length === rows.length && rows.every((row, index) => tbody.rows[index] === row);

/**
 * Every CNCF project with its stage, area and dates. The server renders the
 * whole table, so it reads without JavaScript; once the page is interactive
 * the controls filter and sort it, keeping their state in the URL query. The
 * rows are HTML, not components: filtering reads them (readRows) and moves them.
 */
export default function CncfMaturityTable(): ReactNode {
  const captionId = useId();
  const interactive = useIsBrowser();
  const [state, setState] = useTableState();
  const tbodyRef = useRef<HTMLTableSectionElement>(null);
  const [tbody, setTbody] = useState<HTMLTableSectionElement | null>(null);
  const [table, setTable] = useState<TableRows | null>(null);
  // The server's rows are the default view: they are read only once the reader asks for another.
  const wantsRows = !isDefaultView(state);
  useLayoutEffect(() => {
    if (wantsRows && tbody && !table) setTable(readRows(tbody, {area: rowStyles.area!, description: rowStyles.description!}));
  }, [wantsRows, tbody, table]);

  const matching = useMemo(() => table && filterByAreaAndQuery(table.projects, state), [table, state]);
  const stageCounts = useMemo(() => (matching ? countByStage(matching) : figures.counts), [matching]);
  const rows = useMemo(
    () => matching && sortProjects(filterByStage(matching, state.stage), state.sort, state.order),
    [matching, state.stage, state.sort, state.order],
  );

  useLayoutEffect(() => {
    if (!tbody || !table || !rows) return;
    const wanted = rows.map((project) => table.rowOf.get(project)!);
    if (!inPlace(tbody, wanted)) tbody.replaceChildren(...wanted);
  }, [tbody, table, rows]);

  const onSort = useCallback(
    (sort: SortKey) => {
      const order = state.sort === sort ? (state.order === 'asc' ? 'desc' : 'asc') : naturalOrder(sort);
      setState({...state, sort, order});
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

  return (
    <div className={styles.explorer}>
      <FilterBar state={state} onChange={setState} stageCounts={stageCounts} areas={figures.areas} interactive={interactive} />
      <p role="status" className={styles.status}>
        {status}
      </p>
      <noscript>
        <p className={styles.status}>자바스크립트를 켜면 단계, 분야, 검색어로 표를 거르고 열 제목으로 정렬할 수 있습니다.</p>
      </noscript>
      {/* The table scrolls sideways on narrow screens; focusable so keyboards can scroll it too. */}
      <div
        className={styles.scroller}
        role="region"
        aria-labelledby={captionId}
        tabIndex={0}
        style={{'--row-count': rows?.length ?? total} as CSSProperties}>
        <table className={styles.table}>
          <caption id={captionId} className={styles.caption}>
            CNCF 프로젝트 성숙도 ({figures.meta.snapshotDate} 기준)
          </caption>
          <thead>
            <tr>
              <SortableHeader
                sortKey="name"
                state={state}
                onSort={onSort}
                after={<span className={styles.subLabel}>분야, 설명</span>}>
                프로젝트
              </SortableHeader>
              <th scope="col">단계</th>
              {DATE_FIELDS.map((field) => (
                <SortableHeader key={field} sortKey={field} state={state} onSort={onSort}>
                  {dateLabels[field].ko}
                  <span lang="en" className={styles.subLabel}>
                    {dateLabels[field].en}
                  </span>
                </SortableHeader>
              ))}
            </tr>
          </thead>
          <ProjectRows tbodyRef={tbodyRef} onRows={setTbody} />
          {rows?.length === 0 && (
            <tbody>
              <tr>
                <td colSpan={2 + DATE_FIELDS.length} className={styles.empty}>
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
