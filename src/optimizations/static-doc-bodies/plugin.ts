import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {checkedOriginal, exactPath, here, type Replacement} from '../pinned/replacement';

/** The theme's DocItem/Content, which the browser's replaces; pinned, as its element is what ./content.tsx redraws. */
export const PINS: readonly Replacement[] = [
  {
    packageName: '@docusaurus/theme-classic',
    original: 'lib/theme/DocItem/Content/index.js',
    replacement: here(import.meta.url, './DocItemContent.tsx'),
    sha256: '0902dcb538c3dbbea3947079e9cf0744961649088f234ad6cbe8ed0495430c6d',
    owner: 'src/optimizations/static-doc-bodies/plugin.ts',
  },
];

/**
 * Doc bodies reach the browser once, as the server's HTML: in a production
 * browser build each doc module loses its body (./thinModule.ts) and
 * DocItem/Content its element (./DocItemContent.tsx), which ./content.tsx
 * draws with that HTML; the server's build marks the doc's islands. The
 * development server renders in the browser only, with no server HTML to
 * keep, so it is left as it is.
 */
export default function staticDocBodies(context: LoadContext): Plugin {
  const docDirectories = [path.join(context.siteDir, 'docs'), path.join(context.siteDir, 'versioned_docs')];
  const [docItemContent] = PINS;
  const original = exactPath(checkedOriginal(docItemContent!));
  const loader = here(import.meta.url, './loader.cjs');
  return {
    name: 'optimization-static-doc-bodies',
    // The stylesheets of what the browser no longer loads (./styles.ts).
    getClientModules: () => (process.env.NODE_ENV === 'production' ? [here(import.meta.url, './styles.ts')] : []),
    configureWebpack: (config, isServer, {currentBundler}) => {
      if (process.env.NODE_ENV !== 'production') {
        if (config.mode === 'development' && !isServer) {
          console.warn(
            '[optimizations] npm run dev differs from a production build: static-doc-bodies is off, so doc bodies ' +
              'hydrate as ordinary React here. Check components in docs with "npm start" (the production build) before a pull request.',
          );
        }
        return {};
      }
      const bundle = isServer ? 'server' : 'browser';
      // Partials (`_name.md`) are not pages: they have no body of their own to keep.
      const rule = {
        include: docDirectories,
        exclude: /\/_[^/]*\.mdx?$/,
        test: /\.mdx?$/,
        enforce: 'post' as const,
        use: [{loader, options: {bundle}}],
      };
      return {
        module: {rules: [rule]},
        plugins: isServer ? [] : [new currentBundler.instance.NormalModuleReplacementPlugin(original, docItemContent!.replacement)],
      };
    },
  };
}
