import type {ComponentProps, ReactNode} from 'react';
import styles from './styles.module.css';

/**
 * A Markdown table in a box that scrolls sideways when the table is wider
 * than the column, as on a phone, instead of squeezing its words apart or
 * widening the page. Markup only: ./behaviour.ts makes the box a named,
 * focusable region while it scrolls, so that a keyboard can scroll it.
 */
export default function ProseTable(props: ComponentProps<'table'>): ReactNode {
  return (
    <div className={styles.scroller} data-prose-table="">
      <table {...props} />
    </div>
  );
}
