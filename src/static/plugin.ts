import path from 'node:path';
import {fileURLToPath} from 'node:url';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {checkedOriginal, exactPath} from '../hydration/plugin';

const loader = fileURLToPath(new URL('./loader.cjs', import.meta.url));

/** The theme's DocItem/Content, which the browser's replaces; pinned, as its element is what ./content.tsx redraws. */
export const THEME_DOC_ITEM_CONTENT = {
  packageName: '@docusaurus/theme-classic',
  original: 'lib/theme/DocItem/Content/index.js',
  replacement: './DocItemContent.tsx',
  sha256: '0902dcb538c3dbbea3947079e9cf0744961649088f234ad6cbe8ed0495430c6d',
} as const;

/**
 * Doc bodies reach the browser once, as the server's HTML: in a production
 * browser build each doc module loses its body (./thinModule.ts) and
 * DocItem/Content its element (./DocItemContent.tsx), which ./content.tsx
 * draws with that HTML. The development server renders in the browser only,
 * with no server HTML to keep, so it is left as it is.
 */
export default function staticDocs(context: LoadContext): Plugin {
  const docDirectories = [path.join(context.siteDir, 'docs'), path.join(context.siteDir, 'versioned_docs')];
  const original = checkedOriginal(THEME_DOC_ITEM_CONTENT);
  const browserDocItemContent = fileURLToPath(new URL(THEME_DOC_ITEM_CONTENT.replacement, import.meta.url));
  return {
    name: 'static-docs',
    configureWebpack: (_config, isServer, {currentBundler}) =>
      isServer || process.env.NODE_ENV !== 'production'
        ? {}
        : {
            module: {
              // Partials (`_name.md`) are not pages: they have no body of their own to keep.
              rules: [{include: docDirectories, exclude: /\/_[^/]*\.mdx?$/, test: /\.mdx?$/, enforce: 'post', use: [{loader}]}],
            },
            plugins: [new currentBundler.instance.NormalModuleReplacementPlugin(exactPath(original), browserDocItemContent)],
          },
  };
}
