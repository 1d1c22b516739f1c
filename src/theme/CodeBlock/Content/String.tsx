import type {ReactNode} from 'react';
import OriginalString from '@theme-original/CodeBlock/Content/String';
import type {Props} from '@theme/CodeBlock/Content/String';
import {HighlightedTokensContext} from '@site/src/prism/context';

/** Hands the build's tokens (src/prism/remark.ts) down to CodeBlock/Content. */
export default function CodeBlockString(props: Props & {tokens?: string}): ReactNode {
  return (
    <HighlightedTokensContext.Provider value={props.tokens}>
      <OriginalString {...props} />
    </HighlightedTokensContext.Provider>
  );
}
