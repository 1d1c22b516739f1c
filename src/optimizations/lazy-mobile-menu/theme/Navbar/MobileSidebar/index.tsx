import {useEffect, useState, type ReactNode} from 'react';
import {useNavbarMobileSidebar} from '@docusaurus/theme-common/internal';
// @theme-init: in a plugin's theme, @theme-original would be this very module.
import NavbarMobileSidebar from '@theme-init/Navbar/MobileSidebar';

/** What comes before a click on the menu button: a hover, a touch or a press, keyboard focus. */
const INTENTS = ['pointerover', 'pointerdown', 'focusin'] as const;

/**
 * The phone menu, built when the reader reaches for its button rather than
 * right after hydration, where building it (every navbar item and the whole
 * docs sidebar) was part of one long task on every page. Built on the
 * intent, it is in place, closed, before the click opens it, so it still
 * slides in.
 */
export default function NavbarMobileSidebarWhenWanted(): ReactNode {
  const {shown} = useNavbarMobileSidebar();
  const [wanted, setWanted] = useState(false);

  useEffect(() => {
    if (wanted) return undefined;
    const onIntent = (event: Event) => {
      if (event.target instanceof Element && event.target.closest('.navbar__toggle')) setWanted(true);
    };
    INTENTS.forEach((type) => document.addEventListener(type, onIntent, {capture: true, passive: true}));
    return () => INTENTS.forEach((type) => document.removeEventListener(type, onIntent, {capture: true}));
  }, [wanted]);

  return wanted || shown ? <NavbarMobileSidebar /> : null;
}
