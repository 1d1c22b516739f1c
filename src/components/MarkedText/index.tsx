import type {ReactNode} from 'react';
import type {Marked} from '@site/src/search/results';
import styles from './styles.module.css';

/** Text with the words a search matched marked, in a colour that reads in light and dark mode. */
export default function MarkedText({value}: {readonly value: Marked}): ReactNode {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const [start, length] of value.marks) {
    if (start < at) continue;
    if (start > at) parts.push(value.text.slice(at, start));
    parts.push(
      <mark key={start} className={styles.mark}>
        {value.text.slice(start, start + length)}
      </mark>,
    );
    at = start + length;
  }
  parts.push(value.text.slice(at));
  return <>{parts}</>;
}
