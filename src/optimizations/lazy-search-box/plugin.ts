import type {Plugin} from '@docusaurus/types';
import {here} from '../pinned/replacement';

/** The navbar search box, loaded when the reader reaches for it (./theme/SearchBar). */
export default function lazySearchBox(): Plugin {
  return {name: 'optimization-lazy-search-box', getThemePath: () => here(import.meta.url, './theme')};
}
