/**
 * With the hosted engine (SEARCH_ENGINE=algolia, see ./engine.ts), the navbar
 * box and the /search page are DocSearch's, from @docusaurus/theme-search-algolia:
 * the site's own components for the local index (src/theme/SearchBar, the
 * lazy stand-in for the plugin's box; src/theme/SearchPage) step aside. A
 * site's src/theme always wins over a theme's components, so the step aside
 * is a module alias.
 */
import {existsSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';

const require = createRequire(import.meta.url);
const COMPONENTS = ['SearchBar', 'SearchPage'] as const;

export default function hostedSearch(): Plugin {
  const themeDir = path.join(path.dirname(require.resolve('@docusaurus/theme-search-algolia')), 'theme');
  const alias = Object.fromEntries(
    COMPONENTS.map((name) => {
      const file = path.join(themeDir, name, 'index.js');
      if (!existsSync(file)) {
        throw new Error(
          `src/search/hosted.ts: @docusaurus/theme-search-algolia has no ${name} at ${file}; check where the theme keeps its components.`,
        );
      }
      return [`@theme/${name}`, file];
    }),
  );
  return {
    name: 'hosted-search',
    configureWebpack: () => ({resolve: {alias}}),
  };
}
