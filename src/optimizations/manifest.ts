/**
 * The optimization layer: everything the site does only to be faster or
 * lighter, and everything that reaches inside Docusaurus or the search
 * plugin. Each unit is the folder of the same name, whose plugin.ts the layer
 * adds to the site (./layer.ts); SITE_OPTIMIZATIONS turns units off (README).
 * docs-dev/performance.md has each unit's measurements (npm run bench:ablation).
 */
import type {Pin} from './pinned/replacement';
import {PINS as scriptsAfterPaint} from './scripts-after-paint/plugin';
import {PINS as searchUiPatches} from './search-ui-patches/plugin';
import {PINS as sidebarWithoutIcu} from './sidebar-without-icu/plugin';
import {PINS as smallTslib} from './small-tslib/plugin';
import {PINS as staticDocBodies} from './static-doc-bodies/plugin';

export type OptimizationUnit = {
  /** The unit's folder, and its name in SITE_OPTIMIZATIONS. */
  readonly id: string;
  /** What it does. */
  readonly does: string;
  /** The measure it moves, as the ablation table shows it. */
  readonly moves: string;
  /** Upstream files we copy or patch, pinned by hash and stored under pinned/originals. */
  readonly pins: readonly Pin[];
  /** Upstream internals it relies on that no hash pins; tests/unit/upstream-contracts.test.ts checks each. */
  readonly internals: readonly string[];
  /** What else to change when the unit is deleted for good. */
  readonly removal: string;
};

export const UNITS = [
  {
    id: 'static-doc-bodies',
    does:
      'Doc bodies reach the browser once, as server HTML: the browser copy of each doc module has no body, React keeps the HTML, ' +
      'links in it navigate client-side, and stateful components (islands) load as chunks of their own and hydrate in place ' +
      "when they come within a screen of the viewport (at once when the URL has a query, which may be an island's shared state).",
    moves: "Doc page JavaScript (the body is not sent twice; an island's code only when it is about to be seen) and hydration time (TBT).",
    pins: staticDocBodies,
    internals: [
      'the compiled MDX module shape (exports frontMatter, contentTitle, metadata, assets, toc; _createMdxContent with _components)',
      '@docusaurus/core/lib/client/browserContext (BrowserContextProvider, so islands read useIsBrowser)',
      'window.docusaurus.prefetch/preload and @generated/routes (links in bodies)',
      "data-has-hydrated on <html> (when the page is still the server's)",
      'the theme\'s body element class "theme-doc-markdown markdown"',
    ],
    removal: 'Delete the folder; docs then import components like any MDX. Nothing else references it.',
  },
  {
    id: 'cncf-rows-html',
    does:
      "The maturity table's rows stay the server's HTML in the browser; the browser bundle gets a ProjectRows twin without data. " +
      "The server's twin writes the Korean descriptions of the first 100 rows only; the rest are generated data (korean.json) " +
      "that the browser's twin adds to the rows when the table's code loads.",
    moves:
      'Maturity page JavaScript (no project data in any script of the first load) and HTML (most Korean descriptions arrive with the table).',
    pins: [],
    internals: [
      'src/components/CncfMaturityTable/ProjectRows (our own component, by path, in both bundles)',
      "the row markup of src/components/CncfMaturityTable/ProjectRows/rowsHtml.ts (a Korean description is the first <p> without a class, after the area's <small>)",
    ],
    removal: 'Delete the folder.',
  },
  {
    id: 'build-time-highlighting',
    does:
      'Code blocks are highlighted at build time (a remark plugin) and drawn as one HTML string; the browser gets no Prism, ' +
      'colours come from a stylesheet per colour mode, and the copy and wrap buttons are markup run by one client module.',
    moves: 'JavaScript on every page (Prism and its grammars) and doc page TBT (per-token hydration).',
    pins: [],
    internals: [
      '@docusaurus/theme-common/internal: CodeBlockContextProvider, createCodeBlockMetadata, useCodeBlockContext',
      'theme-classic CSS modules of CodeBlock/Content, Line, Container, Buttons',
      "theme-classic's prism-include-languages theme module and prism-react-renderer import",
    ],
    removal: 'Delete the folder; the layer then gives themeConfig.prism the languages (layer.ts).',
  },
  {
    id: 'sidebar-without-icu',
    does: "theme-common's reactUtils sorts memo keys by code unit, so hydrating the phone menu's sidebar loads no ICU collator.",
    moves: 'TBT on doc pages on a phone.',
    pins: sidebarWithoutIcu,
    internals: [],
    removal: 'Delete the folder.',
  },
  {
    id: 'intl-free-dates',
    does: 'The last-updated line and blog post dates are written without Intl (swizzled LastUpdated and BlogPostItem/Header/Info).',
    moves: 'TBT on doc pages (Intl.DateTimeFormat loads ICU data).',
    pins: [],
    internals: ['theme-classic LastUpdated and BlogPostItem/Header/Info props and translation ids'],
    removal: 'Delete the folder.',
  },
  {
    id: 'lazy-search-box',
    does: 'The navbar search box loads when the reader reaches for it; a stand-in with the same markup holds its place and hands over text and focus.',
    moves: 'JavaScript on every page (the box, autocomplete.js, mark.js).',
    pins: [],
    internals: [
      "the search plugin's SearchBar CSS modules and markup (the stand-in copies them)",
      "the search plugin's keymap utilities and _highlight parameter",
      'autocomplete.js wrapping the input in .algolia-autocomplete',
    ],
    removal: 'Delete the folder.',
  },
  {
    id: 'search-ui-patches',
    does:
      'A patched copy of the search plugin\'s SearchBar.jsx: its input gets a Korean name, and "see all results" leads to what the box ' +
      'says (it dropped a letter typed just before the click).',
    moves: 'No speed measure: fixes inside a dependency, which belong in the layer. Without it the plugin\'s box is named "Search".',
    pins: searchUiPatches,
    internals: [],
    removal: 'Delete the folder.',
  },
  {
    id: 'lazy-mobile-menu',
    does: 'The phone menu (navbar items and the whole docs sidebar) is built when the reader reaches for the menu button.',
    moves: 'TBT on every page on a phone.',
    pins: [],
    internals: ['@docusaurus/theme-common/internal: useNavbarMobileSidebar'],
    removal: 'Delete the folder.',
  },
  {
    id: 'idle-prefetch',
    does: "Docusaurus's prefetching of the pages visible links lead to runs in idle time, a slice at a time.",
    moves: 'TBT after hydration on pages with many links.',
    pins: [],
    internals: ['window.docusaurus.prefetch'],
    removal: 'Delete the folder.',
  },
  {
    id: 'scripts-after-paint',
    does:
      'The entry scripts (runtime~main.js, main.js) are fetched from the start as before, but run once the page is on screen: ' +
      'built pages preload them instead of deferring them, and an inline script at the end of the body starts them after the first paint.',
    moves:
      "LCP on every page (Lighthouse no longer counts main.js's download and evaluation before the first paint); FCP when main.js is cached.",
    pins: scriptsAfterPaint,
    internals: [
      "the built pages' entry script tags as Docusaurus's HTML minifier writes them (<script src=… defer></script>; the build checks every page)",
    ],
    removal: 'Delete the folder.',
  },
  {
    id: 'small-tslib',
    does: 'The browser bundle gives @docusaurus/utils-common the one tslib helper it calls instead of all of tslib.',
    moves: 'JavaScript on every page (about 3 KiB).',
    pins: smallTslib,
    internals: [],
    removal: 'Delete the folder.',
  },
] as const satisfies readonly OptimizationUnit[];

export type UnitId = (typeof UNITS)[number]['id'];
