import {useId, type ReactNode} from 'react';
import clsx from 'clsx';
import {MATURITIES, categoryLabels, maturityLabels, subcategoryLabels, type Maturity} from '@site/src/data/cncf/types';
import type {AreaOption} from '@site/src/data/cncf/summary';
import {defaultState, isFiltered, type TableState} from '../tableState';
import type {Change} from '../useTableState';
import styles from './styles.module.css';

type Props = {
  readonly state: TableState;
  readonly onChange: (next: TableState, change: Change) => void;
  /** Projects per stage among those the area and text filters let through. */
  readonly stageCounts: Readonly<Record<Maturity, number>>;
  readonly areas: readonly AreaOption[];
  /** Until the page is interactive the controls could not do anything, so they are not shown. */
  readonly interactive: boolean;
};

/**
 * Stage buttons, an area list and a text box, in a bar that stays at the top
 * of the screen while the table is under it; every change goes straight into
 * the URL (../useTableState.ts).
 */
export default function FilterBar({state, onChange, stageCounts, areas, interactive}: Props): ReactNode {
  const id = useId();
  const total = MATURITIES.reduce((sum, stage) => sum + stageCounts[stage], 0);
  const stageButton = (stage: Maturity | null, label: ReactNode, count: number) => (
    <button
      key={stage ?? 'all'}
      type="button"
      className={clsx(styles.stage, state.stage === stage && styles.pressed)}
      aria-pressed={state.stage === stage}
      onClick={() => onChange({...state, stage}, 'choice')}>
      {label} <span className={styles.count}>{count}</span>
    </button>
  );
  return (
    /*
     * Hidden, not disabled, until hydration: enabling a control makes the
     * browser bring style and layout up to date on the spot, and with this
     * page's long table still being laid out that cost a phone 200 ms or more
     * per control in the hydration commit. `visibility` keeps the bar's space,
     * so nothing moves when it appears.
     */
    <form
      role="search"
      aria-label="CNCF 프로젝트 거르기"
      className={clsx(styles.bar, !interactive && styles.waiting)}
      onSubmit={(event) => event.preventDefault()}>
      <fieldset className={styles.fieldset}>
        {/* Named for assistive tech; the labels inside already say it on screen. */}
        <legend className="visually-hidden">거르기</legend>
        <div role="group" aria-labelledby={`${id}-stage`} className={styles.stages}>
          <span id={`${id}-stage`} className={styles.label}>
            단계
          </span>
          {stageButton(null, '전체', total)}
          {MATURITIES.map((stage) =>
            stageButton(
              stage,
              <>
                {maturityLabels[stage].ko} <span lang="en">{maturityLabels[stage].en}</span>
              </>,
              stageCounts[stage],
            ),
          )}
        </div>
        <div className={styles.fields}>
          <label className={styles.field}>
            <span className={styles.label}>분야</span>
            <select
              className={styles.control}
              value={state.area ?? ''}
              onChange={(event) => onChange({...state, area: event.target.value || null}, 'choice')}>
              <option value="">모든 분야</option>
              {/* The server's bar is hidden until the page is interactive: its list waits too, a good part of the bar's HTML. */}
              {interactive &&
                areas.map((area) => (
                  <optgroup key={area.id} label={`${categoryLabels[area.category]} (${area.category})`}>
                    <option value={area.id}>
                      {categoryLabels[area.category]} 전체 ({area.count})
                    </option>
                    {area.subcategories.map((sub) => (
                      <option key={sub.id} value={sub.id}>
                        {subcategoryLabels[sub.subcategory]} ({sub.count})
                      </option>
                    ))}
                  </optgroup>
                ))}
            </select>
          </label>
          <label className={styles.field}>
            <span className={styles.label}>검색</span>
            <input
              type="search"
              className={styles.control}
              value={state.query}
              placeholder="이름, 설명, 분야(한국어·영어)"
              onChange={(event) => onChange({...state, query: event.target.value}, 'typing')}
            />
          </label>
          <button
            type="button"
            className={clsx('button button--secondary button--sm', styles.reset)}
            disabled={!isFiltered(state)}
            onClick={() => onChange({...defaultState, sort: state.sort, order: state.order}, 'choice')}>
            조건 지우기
          </button>
        </div>
      </fieldset>
    </form>
  );
}
