import {useCallback, useEffect, useRef, useState} from 'react';
import type {CodeBlockContextProvider} from '@docusaurus/theme-common/internal';

type WordWrap = Parameters<typeof CodeBlockContextProvider>[0]['wordWrap'];

/**
 * The theme's word-wrap state for a code block, computed without its costs:
 * the theme's hook measures `scrollWidth` in an effect (a forced layout per
 * code block while the page hydrates) and, through a memo helper, makes the
 * page's first `localeCompare` call, which loads ICU's collator. A
 * ResizeObserver reports after the browser's own layout instead, and also
 * covers what the theme watched separately: window resizes and a hidden tab
 * panel becoming visible (the block's size changes from zero).
 */
export function useWordWrap(): WordWrap {
  const codeBlockRef = useRef<HTMLPreElement>(null);
  const [isEnabled, setIsEnabled] = useState(false);
  const [isCodeScrollable, setIsCodeScrollable] = useState(false);

  useEffect(() => {
    const pre = codeBlockRef.current;
    if (!pre) return undefined;
    // Once wrapping is on, the button stays so the reader can turn it off.
    const observer = new ResizeObserver(() => setIsCodeScrollable(isEnabled || pre.scrollWidth > pre.clientWidth));
    observer.observe(pre);
    return () => observer.disconnect();
  }, [isEnabled]);

  const toggle = useCallback(() => {
    const code = codeBlockRef.current?.querySelector('code');
    if (!code) return;
    if (isEnabled) {
      code.removeAttribute('style');
    } else {
      code.style.whiteSpace = 'pre-wrap';
      // Long unbroken tokens (URLs, digests) must wrap too, or the scrollbar stays.
      code.style.overflowWrap = 'anywhere';
    }
    setIsEnabled((enabled) => !enabled);
  }, [isEnabled]);

  return {codeBlockRef, isEnabled, isCodeScrollable, toggle};
}
