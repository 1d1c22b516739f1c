/**
 * What a doc page's components need in the browser, by import source. A doc
 * body is server HTML that the browser keeps (src/optimizations/static-doc-bodies/content.tsx), so
 * every component a doc imports must be one of these; the build stops on any
 * other, naming the file, rather than ship a component that would never come
 * alive.
 */

/**
 * Markup only, nothing to run in the browser: drawn by the server, or made to
 * work by one set of document listeners (a client module in docusaurus.config.ts).
 */
export const STATIC_COMPONENTS: readonly string[] = [
  '@site/src/components/CncfFigure',
  '@site/src/components/CncfProjectFacts',
  '@site/src/components/CncfProjectStage',
  '@site/src/components/Figure',
  '@site/src/components/GlossaryList',
  '@site/src/components/GraduationTimeline',
  '@site/src/components/MaturityLadder',
  '@site/src/components/StageBadge',
  '@site/src/components/Term',
];

/** Files a doc imports only to draw them in its body, such as the SVG drawings a Figure shows. */
export const STATIC_ASSETS = /\.svg$/;

/**
 * Components with state of their own, each hydrated in place as a React root
 * of its own (an island), from a chunk of its own that loads when the island
 * comes within a screen of the viewport (src/optimizations/static-doc-bodies/content.tsx).
 */
export const ISLANDS: readonly string[] = ['@site/src/components/CncfMaturityTable'];

/** Elements of Markdown itself whose theme components need React in the browser. */
export const INTERACTIVE_ELEMENTS: readonly string[] = ['details', 'mermaid'];
