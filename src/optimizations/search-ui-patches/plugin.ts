import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {writePatchedCopy} from '../pinned/patchedCopy';
import {SEARCH_BAR} from './searchBar';

export const PINS = [SEARCH_BAR];

/**
 * The search plugin's SearchBar.jsx replaced by a copy patched at build time
 * (./searchBar.ts), in both bundles so that the server renders the very code
 * the browser hydrates. (The search page is the site's own: src/theme/SearchPage.)
 */
export default function searchUiPatches(context: LoadContext): Plugin {
  const copies = PINS.map((pin) =>
    writePatchedCopy(pin, path.join(context.generatedFilesDir, 'search-ui-patches', path.basename(path.dirname(pin.original)))),
  );
  return {
    name: 'optimization-search-ui-patches',
    configureWebpack: (_config, _isServer, {currentBundler}) => ({
      plugins: [
        // The plugin's own modules ask for "./SearchBar", without the extension.
        new currentBundler.instance.NormalModuleReplacementPlugin(/SearchBar(\.jsx)?$/, (resource: {context: string; request: string}) => {
          const requested = path.resolve(resource.context, resource.request);
          const copy = copies.find(({original}) => requested === original || `${requested}.jsx` === original);
          if (copy) resource.request = copy.patched;
        }),
      ],
    }),
  };
}
