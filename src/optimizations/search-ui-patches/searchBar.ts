/**
 * The plugin's navbar search box, patched in two places. Its input is named
 * "Search" in every language; the stand-in that holds its place until it
 * loads (src/optimizations/lazy-search-box/theme/SearchBar) has the same name. And its "see all results"
 * link is drawn with each search's results, for the text that search was
 * given: clicked just after the last keystroke, before that letter's search
 * has come back, it opened the search page without that letter. On a click it
 * now leads to what the box says. A pinned patch (src/optimizations/pinned/patchedCopy.ts).
 */
import type {PinnedPatch} from '../pinned/patchedCopy';

export const SEARCH_BAR: PinnedPatch = {
  packageName: '@easyops-cn/docusaurus-search-local',
  original: 'dist/client/client/theme/SearchBar/SearchBar.jsx',
  sha256: '1d6b381687947f38b5a740783ee9e48689b4fb817adfc24a6cac0f0b0992e8b4',
  owner: 'src/optimizations/search-ui-patches/searchBar.ts',
  patches: [
    [
      'aria-label="Search" className={`navbar__search-input',
      'aria-label={translate({ id: "theme.SearchBar.inputLabel", message: "Search" })} className={`navbar__search-input',
    ],
    [
      `a.addEventListener("click", (e) => {
                if (!e.ctrlKey && !e.metaKey) {
                    e.preventDefault();
                    search.current?.autocomplete.close();
                    history.push(url);`,
      `a.addEventListener("click", (e) => {
                params.set("q", searchBarRef.current?.value || query);
                const typedUrl = \`\${baseUrl}search/?\${params.toString()}\`;
                a.href = typedUrl;
                if (!e.ctrlKey && !e.metaKey) {
                    e.preventDefault();
                    search.current?.autocomplete.close();
                    history.push(typedUrl);`,
    ],
  ],
};
