import type {ReactNode} from 'react';
import {checkedMonth, type Checked} from '@site/src/data/checked';
import styles from './styles.module.css';

type Props = {
  readonly checked: Checked;
};

/**
 * When the page was last checked against its sources and what it
 * describes: "2026년 12월 기준 · Docker Engine 29, containerd 2.3". Markup
 * only; the docs' theme wrapper (src/theme/DocItem/Content) draws it above
 * the title, outside the doc body.
 */
export default function CheckedLine({checked}: Props): ReactNode {
  return (
    <p className={styles.checked} data-checked-on={checked.on}>
      <time dateTime={checked.on}>{checkedMonth(checked.on)}</time> 기준
      <span aria-hidden="true"> · </span>
      <span>
        {checked.versions.map((version, index) => (
          <span key={version}>
            {index > 0 && ', '}
            <span className={styles.version}>{version}</span>
          </span>
        ))}
      </span>
    </p>
  );
}
