import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {writePatchedCopy} from '../pinned/patchedCopy';
import {SEARCH_BAR} from './searchBar';
import {SEARCH_PAGE} from './searchPage';

export const PINS = [SEARCH_PAGE, SEARCH_BAR];

/**
 * The search plugin's SearchPage.jsx and SearchBar.jsx replaced by copies
 * patched at build time (./searchPage.ts, ./searchBar.ts), in both bundles so
 * that the server renders the very code the browser hydrates.
 */
export default function searchUiPatches(context: LoadContext): Plugin {
  const copies = PINS.map((pin) => writePatchedCopy(pin, path.join(context.generatedFilesDir, 'search-ui-patches', path.basename(path.dirname(pin.original)))));
  return {
    name: 'optimization-search-ui-patches',
    configureWebpack: (_config, _isServer, {currentBundler}) => ({
      plugins: [
        // The plugin's own modules ask for "./SearchPage" and "./SearchBar", without the extension.
        new currentBundler.instance.NormalModuleReplacementPlugin(/Search(Page|Bar)(\.jsx)?$/, (resource: {context: string; request: string}) => {
          const requested = path.resolve(resource.context, resource.request);
          const copy = copies.find(({original}) => requested === original || `${requested}.jsx` === original);
          if (copy) resource.request = copy.patched;
        }),
      ],
    }),
  };
}
