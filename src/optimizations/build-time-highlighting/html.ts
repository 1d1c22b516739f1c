import type {Token} from 'prism-react-renderer';
import {escapeHtml} from '../../lib/escapeHtml';

const classes = (...names: Array<string | false | undefined>): string => escapeHtml(names.filter(Boolean).join(' '));

/** The theme's Line stylesheet: its codeLine, codeLineNumber and codeLineContent classes lay out line numbers. */
export type LineStyles = Readonly<Record<string, string>>;

export type LinesHtmlOptions = {
  /** Extra classes per line, such as the theme's highlighted-line class. */
  lineClassNames: Record<number, string[]>;
  showLineNumbers: boolean;
  styles: LineStyles;
};

/**
 * The lines of a code block as HTML, in the markup the theme's Line component
 * draws. As one string, the block is a single element to React: hydration
 * skips its hundreds of token spans instead of walking each one.
 */
export function linesHtml(lines: Token[][], {lineClassNames, showLineNumbers, styles}: LinesHtmlOptions): string {
  return lines
    .map((line, index) => {
      const tokens = line.map((token) => `<span class="${classes('token', ...token.types)}">${escapeHtml(token.content)}</span>`).join('');
      const body = showLineNumbers
        ? `<span class="${classes(styles.codeLineNumber)}"></span><span class="${classes(styles.codeLineContent)}">${tokens}</span>`
        : tokens;
      return `<div class="${classes('token-line', ...(lineClassNames[index] ?? []), showLineNumbers && styles.codeLine)}">${body}<br></div>`;
    })
    .join('');
}
