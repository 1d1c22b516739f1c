import {createContext, startTransition, useEffect, useState, type ReactNode} from 'react';

/** Docusaurus's `useIsBrowser` context: false for the server render and hydration, true after. */
export const Context = createContext(false);

/**
 * Docusaurus's BrowserContextProvider, except that the flip to "browser"
 * after hydration is a transition. Every code block, sidebar category and
 * theme toggle re-renders on that flip; as an urgent update it ran as one
 * unbroken task right after the hydration commit, a long task on a phone.
 * As a transition React renders it in slices it can interrupt.
 */
export function BrowserContextProvider({children}: {children: ReactNode}): ReactNode {
  const [isBrowser, setIsBrowser] = useState(false);
  useEffect(() => {
    startTransition(() => setIsBrowser(true));
  }, []);
  return <Context.Provider value={isBrowser}>{children}</Context.Provider>;
}
