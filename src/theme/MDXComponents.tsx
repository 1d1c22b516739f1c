import {Children, isValidElement, type ComponentProps, type ReactNode} from 'react';
import MDXComponents from '@theme-original/MDXComponents';
import type {MDXComponentsObject} from '@theme/MDXComponents';
import CodeInline from '@theme/CodeInline';
import ProseTable from '@site/src/components/ProseTable';
import {UNBROKEN_CLASS} from '@site/src/plugins/inline-code-hyphens/className';

/** Text on one line, and the unbroken words src/plugins/inline-code-hyphens puts in inline code. */
const isInlinePiece = (child: ReactNode): boolean =>
  (typeof child === 'string' && !child.includes('\n')) ||
  (isValidElement<{className?: string}>(child) && child.props.className === UNBROKEN_CLASS);

/**
 * The theme's code: inline code whose hyphenated words are kept on one line is
 * still inline code (the theme takes code with element children for a block).
 */
function Code(props: ComponentProps<'code'>): ReactNode {
  const children = Children.toArray(props.children);
  if (children.length > 0 && children.some((child) => typeof child !== 'string') && children.every(isInlinePiece)) {
    return <CodeInline {...props} />;
  }
  return <MDXComponents.code {...props} />;
}

/** The theme's components, with Markdown tables in a box that scrolls on its own (see ProseTable). */
export default {...MDXComponents, code: Code, table: ProseTable} satisfies MDXComponentsObject;
