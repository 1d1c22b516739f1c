/**
 * The plugin's search page with four changes. The results are set in a
 * transition: the page renders every result at once (up to 100, each with
 * highlighted text), and as an ordinary update that was one unbroken task of
 * 100 ms and more on a phone; as a transition React renders it in slices.
 * It renders the first 20 and more as the reader scrolls, since laying them
 * all out was still the longest task of a search. It waits for the browser
 * before it touches the URL, and its query box has a translated name.
 * A pinned patch (src/optimizations/pinned/patchedCopy.ts), like the navbar box's
 * (./searchBar.ts).
 */
import type {PinnedPatch} from '../pinned/patchedCopy';

export const SEARCH_PAGE: PinnedPatch = {
  packageName: '@easyops-cn/docusaurus-search-local',
  original: 'dist/client/client/theme/SearchPage/SearchPage.jsx',
  sha256: '554dcc569a17cb23c22b30066b58901002bb5b95a9d6345c5b76d302c3d40294',
  owner: 'src/optimizations/search-ui-patches/searchPage.ts',
  patches: [
    [
      'import React, { useCallback, useEffect, useMemo, useState } from "react";',
      'import React, { startTransition, useCallback, useEffect, useMemo, useRef, useState } from "react";\n' +
        'import useIsBrowser from "@docusaurus/useIsBrowser";\nimport MoreResults from "@site/src/optimizations/search-ui-patches/MoreResults";',
    ],
    // Results mean the index is loaded: the loading ring goes in the same commit
    // that shows them, or its removal would shift them up.
    [
      'setSearchResults(results);',
      'startTransition(() => {\n                    setSearchWorkerReady(true);\n                    setSearchResults(results);\n                    setShownCount(RESULTS_AT_ONCE);\n                });',
    ],
    // The first results only, and more as the reader scrolls to them (src/optimizations/search-ui-patches/MoreResults).
    [
      'const [searchResults, setSearchResults] = useState();',
      'const [searchResults, setSearchResults] = useState();\n    const [shownCount, setShownCount] = useState(RESULTS_AT_ONCE);\n' +
        '    const showMore = useCallback(() => startTransition(() => setShownCount((count) => count + RESULTS_AT_ONCE)), []);',
    ],
    [
      '            searchResults.map((item) => (<SearchResultItem key={item.document.i} searchResult={item}/>))}\n        </section>',
      '            searchResults.slice(0, shownCount).map((item) => (<SearchResultItem key={item.document.i} searchResult={item}/>))}\n        </section>\n' +
        '        {searchResults && searchResults.length > shownCount && (<MoreResults remaining={searchResults.length - shownCount} onMore={showMore}/>)}',
    ],
    // The page reads `?q=` only once it knows it is in the browser, and that
    // moment is a transition (src/optimizations/hydration-transitions). Until then it
    // must not write its still empty query back to the URL; then it starts
    // afresh, from what the reader has typed meanwhile or else from the URL.
    [
      'export default function SearchPage() {\n    return (<Layout>\n      <SearchPageContent />',
      'export default function SearchPage() {\n    const isBrowser = useIsBrowser();\n    const typed = useRef("");\n' +
        '    return (<Layout>\n      <SearchPageContent key={isBrowser ? "browser" : "server"} typed={typed}/>',
    ],
    ['function SearchPageContent() {', 'const RESULTS_AT_ONCE = 20;\nfunction SearchPageContent({ typed }) {'],
    [
      'const [searchQuery, setSearchQuery] = useState(searchValue);',
      'const [searchQuery, setSearchQuery] = useState(() => typed.current || searchValue);',
    ],
    [
      '    const handleSearchInputChange = useCallback((e) => {\n        setSearchQuery(e.target.value);',
      '    const handleSearchInputChange = useCallback((e) => {\n        typed.current = e.target.value;\n        setSearchQuery(e.target.value);',
    ],
    [
      '    useEffect(() => {\n        updateSearchPath(searchQuery);',
      '    const isBrowser = useIsBrowser();\n    useEffect(() => {\n        if (!isBrowser) return;\n        updateSearchPath(searchQuery);',
    ],
    ['    }, [searchQuery, versionUrl, searchContext]);', '    }, [isBrowser, searchQuery, versionUrl, searchContext]);'],
    // The plugin names its query box "Search" in every language.
    ['aria-label="Search" onChange', 'aria-label={translate({ id: "theme.SearchPage.inputLabel", message: "Search" })} onChange'],
  ],
};
