import type {LoadContext, Plugin} from '@docusaurus/types';
import path from 'node:path';
import {existsSync} from 'node:fs';
import {exactPath, here} from '../pinned/replacement';

/** The component whose browser copy is ./ProjectRows.browser.tsx. */
const SERVER_ROWS = 'src/components/CncfMaturityTable/ProjectRows/index.tsx';

/**
 * The CNCF table's 255 rows stay the server's HTML in the browser: the browser
 * bundle takes ./ProjectRows.browser.tsx for the component's ProjectRows, so
 * the page's JavaScript carries neither the rows nor the data they are made from.
 */
export default function cncfRowsHtml(context: LoadContext): Plugin {
  const server = path.join(context.siteDir, SERVER_ROWS);
  if (!existsSync(server)) throw new Error(`src/optimizations/cncf-rows-html/plugin.ts: ${SERVER_ROWS} no longer exists; update or drop this unit.`);
  return {
    name: 'optimization-cncf-rows-html',
    configureWebpack: (_config, isServer, {currentBundler}) =>
      isServer ? {} : {plugins: [new currentBundler.instance.NormalModuleReplacementPlugin(exactPath(server), here(import.meta.url, './ProjectRows.browser.tsx'))]},
  };
}
