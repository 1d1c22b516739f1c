import type {ReactNode} from 'react';
import {useThemeConfig} from '@docusaurus/theme-common';
import {CodeBlockContextProvider, createCodeBlockMetadata} from '@docusaurus/theme-common/internal';
import CodeBlockLayout from '@theme/CodeBlock/Layout';
import type {Props} from '@theme/CodeBlock/Content/String';
import {HighlightedTokensContext} from '@site/src/prism/context';
import {useWordWrap} from './useWordWrap';

/**
 * The theme's CodeBlockString with two changes: it hands the build's tokens
 * (src/prism/remark.ts) down to CodeBlock/Content, and its word-wrap state
 * comes from a lighter hook (./useWordWrap).
 */
export default function CodeBlockString(props: Props & {tokens?: string}): ReactNode {
  const {prism} = useThemeConfig();
  const metadata = createCodeBlockMetadata({
    code: props.children,
    className: props.className,
    metastring: props.metastring,
    magicComments: prism.magicComments,
    defaultLanguage: prism.defaultLanguage,
    language: props.language,
    title: props.title,
    showLineNumbers: props.showLineNumbers,
  });
  const wordWrap = useWordWrap();
  return (
    <HighlightedTokensContext.Provider value={props.tokens}>
      <CodeBlockContextProvider metadata={metadata} wordWrap={wordWrap}>
        <CodeBlockLayout />
      </CodeBlockContextProvider>
    </HighlightedTokensContext.Provider>
  );
}
