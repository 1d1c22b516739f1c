import type {ReactNode} from 'react';
import clsx from 'clsx';
import type {SortKey, TableState} from '../tableState';
import styles from './styles.module.css';

type Props = {
  readonly sortKey: SortKey;
  readonly state: TableState;
  readonly onSort: (key: SortKey) => void;
  /** The button's label: what the table is sorted by. */
  readonly children: ReactNode;
};

/**
 * A button in a column header that sorts the table by one key; the header's
 * `aria-sort` tells assistive tech the current order, and among the dates
 * of one column, `aria-current` which of them it is.
 */
export default function SortButton({sortKey, state, onSort, children}: Props): ReactNode {
  const active = state.sort === sortKey;
  return (
    /*
      Never disabled, not even before hydration: any change to the table
      after load makes the browser lay out all its rows again. A click that
      comes before the page is interactive does nothing.
    */
    <button type="button" className={styles.button} aria-current={active || undefined} onClick={() => onSort(sortKey)}>
      <span>
        {children}
        {/* Tells a screen reader's button list this sorts, unlike the stage filter of the same name. */}
        <span className="visually-hidden"> 기준 정렬</span>
      </span>
      <span aria-hidden="true" className={clsx(styles.arrow, active && styles.active)}>
        {active ? (state.order === 'asc' ? '▲' : '▼') : '↕'}
      </span>
    </button>
  );
}
