import {createContext, startTransition, useEffect, useState, type ReactNode} from 'react';

/**
 * Docusaurus core's browserContext, except that the flip to "in the browser"
 * after hydration is a transition. Every code block, sidebar category and
 * browser-only part re-renders on it, and as an urgent update that was one
 * unbroken long task on every page; as a transition React does it in slices.
 */
export const Context = createContext(false);

export function BrowserContextProvider({children}: {children: ReactNode}): ReactNode {
  const [isBrowser, setIsBrowser] = useState(false);
  useEffect(() => {
    startTransition(() => setIsBrowser(true));
  }, []);
  return <Context.Provider value={isBrowser}>{children}</Context.Provider>;
}
