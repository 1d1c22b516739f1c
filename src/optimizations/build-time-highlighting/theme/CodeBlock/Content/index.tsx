import {useMemo, type ComponentProps, type ReactNode} from 'react';
import clsx from 'clsx';
import {useCodeBlockContext} from '@docusaurus/theme-common/internal';
import type {Props} from '@theme/CodeBlock/Content';
import type {Token} from 'prism-react-renderer';
// The theme's own stylesheets, so the block looks exactly like the theme's.
import styles from '@docusaurus/theme-classic/lib/theme/CodeBlock/Content/styles.module.css';
import lineStyles from '@docusaurus/theme-classic/lib/theme/CodeBlock/Line/styles.module.css';
import {useHighlightedTokens} from '@site/src/optimizations/build-time-highlighting/context';
import {linesHtml} from '@site/src/optimizations/build-time-highlighting/html';
import {alignLines, decodeLines, type EncodedLines} from '@site/src/optimizations/build-time-highlighting/tokens';

function Pre(props: ComponentProps<'pre'>): ReactNode {
  return <pre tabIndex={0} {...props} className={clsx(props.className, styles.codeBlock, 'thin-scrollbar')} />;
}

function useLines(code: string): Token[][] {
  const tokens = useHighlightedTokens();
  return useMemo(() => {
    const highlighted = tokens === undefined ? [] : decodeLines(JSON.parse(tokens) as EncodedLines);
    return alignLines(code, highlighted);
  }, [code, tokens]);
}

/**
 * The theme's code block body, drawing tokens computed at build time
 * (src/optimizations/build-time-highlighting/remark.ts) instead of running Prism in the browser, as one HTML
 * string (src/optimizations/build-time-highlighting/html.ts). Code that did not come through Markdown, such
 * as a <CodeBlock> written in JSX, is shown as plain text.
 */
export default function CodeBlockContent({className}: Props): ReactNode {
  const {metadata} = useCodeBlockContext();
  const {code, language, lineNumbersStart, lineClassNames} = metadata;
  const lines = useLines(code);
  const showLineNumbers = lineNumbersStart !== undefined;
  const html = useMemo(
    () => linesHtml(lines, {lineClassNames, showLineNumbers, styles: lineStyles}),
    [lines, lineClassNames, showLineNumbers],
  );
  return (
    <Pre className={clsx(className, 'prism-code', `language-${language}`)}>
      <code
        className={clsx(styles.codeBlockLines, showLineNumbers && styles.codeBlockLinesWithNumbering)}
        style={showLineNumbers ? {counterReset: `line-count ${lineNumbersStart - 1}`} : undefined}
        dangerouslySetInnerHTML={{__html: html}}
      />
    </Pre>
  );
}
