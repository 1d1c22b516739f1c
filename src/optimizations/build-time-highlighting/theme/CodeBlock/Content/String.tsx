import type {ReactNode} from 'react';
import {useThemeConfig} from '@docusaurus/theme-common';
import {CodeBlockContextProvider, createCodeBlockMetadata} from '@docusaurus/theme-common/internal';
import CodeBlockLayout from '@theme/CodeBlock/Layout';
import type {Props} from '@theme/CodeBlock/Content/String';
import {HighlightedTokensContext} from '@site/src/optimizations/build-time-highlighting/context';

/**
 * Word wrap is the buttons' behaviour (../Buttons/behaviour.ts), which acts
 * on the document: nothing React draws reads this state.
 */
const WORD_WRAP_IN_THE_DOCUMENT = {codeBlockRef: {current: null}, isEnabled: false, isCodeScrollable: false, toggle: () => undefined};

/**
 * The theme's CodeBlockString with two changes: it hands the build's tokens
 * (src/optimizations/build-time-highlighting/remark.ts) down to CodeBlock/Content, and it keeps no word-wrap
 * state, which the theme's hook measured in an effect per block.
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
  return (
    <HighlightedTokensContext.Provider value={props.tokens}>
      <CodeBlockContextProvider metadata={metadata} wordWrap={WORD_WRAP_IN_THE_DOCUMENT}>
        <CodeBlockLayout />
      </CodeBlockContextProvider>
    </HighlightedTokensContext.Provider>
  );
}
