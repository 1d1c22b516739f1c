import {startTransition, useEffect, useState} from 'react';

type WindowSize = 'desktop' | 'mobile' | 'ssr';

/** Infima's breakpoint, which the theme's CSS uses too. */
const DESKTOP_BREAKPOINT = 996;

const currentSize = (breakpoint: number): WindowSize => (window.innerWidth > breakpoint ? 'desktop' : 'mobile');

/**
 * theme-common's useWindowSize, except that the first measurement after
 * hydration is a transition. The server renders for "ssr" (the desktop
 * sidebar and table of contents); on a phone the first measurement swaps
 * them for the mobile ones, and as an urgent update that re-render ran as
 * one unbroken long task. Later resizes stay urgent.
 */
export function useWindowSize({desktopBreakpoint = DESKTOP_BREAKPOINT}: {desktopBreakpoint?: number} = {}): WindowSize {
  // The server's value, so that hydration matches.
  const [windowSize, setWindowSize] = useState<WindowSize>('ssr');
  useEffect(() => {
    const update = () => setWindowSize(currentSize(desktopBreakpoint));
    startTransition(update);
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, [desktopBreakpoint]);
  return windowSize;
}
