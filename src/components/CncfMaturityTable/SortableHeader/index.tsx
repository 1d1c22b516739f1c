import type {ReactNode} from 'react';
import clsx from 'clsx';
import type {SortKey, TableState} from '../tableState';
import styles from './styles.module.css';

type Props = {
  readonly sortKey: SortKey;
  readonly state: TableState;
  readonly onSort: (key: SortKey) => void;
  /** Until the page is interactive the button could not do anything. */
  readonly disabled: boolean;
  /** The button's label: what the column is sorted by. */
  readonly children: ReactNode;
  /** More of the header that is not part of that label. */
  readonly after?: ReactNode;
};

/** A column header whose button sorts by it; `aria-sort` tells assistive tech the current order. */
export default function SortableHeader({sortKey, state, onSort, disabled, children, after}: Props): ReactNode {
  const active = state.sort === sortKey;
  const direction = state.order === 'asc' ? 'ascending' : 'descending';
  return (
    <th scope="col" aria-sort={active ? direction : undefined}>
      <button type="button" className={styles.button} onClick={() => onSort(sortKey)} disabled={disabled}>
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
