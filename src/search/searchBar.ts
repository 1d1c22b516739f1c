/**
 * The plugin's navbar search box, whose input it names "Search" in every
 * language. A pinned patch (src/pinned/patchedCopy.ts), like the search
 * page's (./searchPage.ts); the stand-in that holds its place until it loads
 * (src/theme/SearchBar) has the same name.
 */
import type {PinnedPatch} from '../pinned/patchedCopy';

export const SEARCH_BAR: PinnedPatch = {
  file: '@easyops-cn/docusaurus-search-local/dist/client/client/theme/SearchBar/SearchBar.jsx',
  sha256: '1d6b381687947f38b5a740783ee9e48689b4fb817adfc24a6cac0f0b0992e8b4',
  owner: 'src/search/searchBar.ts',
  patches: [
    [
      'aria-label="Search" className={`navbar__search-input',
      'aria-label={translate({ id: "theme.SearchBar.inputLabel", message: "Search" })} className={`navbar__search-input',
    ],
  ],
};
