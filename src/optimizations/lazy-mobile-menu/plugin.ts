import type {Plugin} from '@docusaurus/types';
import {here} from '../pinned/replacement';

/** Navbar/MobileSidebar, built when the reader reaches for the menu button (./theme). */
export default function lazyMobileMenu(): Plugin {
  return {name: 'optimization-lazy-mobile-menu', getThemePath: () => here(import.meta.url, './theme')};
}
