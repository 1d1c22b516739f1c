import type {ReactNode} from 'react';
import clsx from 'clsx';
import type {SortKey, TableState} from '../tableState';
import styles from './styles.module.css';

type Props = {
  readonly sortKey: SortKey;
  readonly state: TableState;
  readonly onSort: (key: SortKey) => void;
  /** The button's label: what the column is sorted by. */
  readonly children: ReactNode;
  /** More of the header that is not part of that label. */
  readonly after?: ReactNode;
};

/** A column header whose button sorts by it; `aria-sort` tells assistive tech the current order. */
export default function SortableHeader({sortKey, state, onSort, children, after}: Props): ReactNode {
  const active = state.sort === sortKey;
  const direction = state.order === 'asc' ? 'ascending' : 'descending';
  return (
    <th scope="col" aria-sort={active ? direction : undefined}>
      {/*
        Never disabled, not even before hydration: any change to the table
        after load makes the browser lay out all its rows again. A click that
        comes before the page is interactive does nothing.
      */}
      <button type="button" className={styles.button} onClick={() => onSort(sortKey)}>
        <span>
          {children}
          {/* Tells a screen reader's button list this sorts, unlike the stage filter of the same name. */}
          <span className="visually-hidden"> 기준 정렬</span>
        </span>
        <span aria-hidden="true" className={clsx(styles.arrow, active && styles.active)}>
          {active ? (direction === 'ascending' ? '▲' : '▼') : '↕'}
        </span>
      </button>
      {after}
    </th>
  );
}
