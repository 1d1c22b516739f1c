import type {LoadContext, Plugin} from '@docusaurus/types';
import path from 'node:path';
import {existsSync} from 'node:fs';
import {exactPath, here} from '../pinned/replacement';
import {deferredKorean} from './split';

/** The component whose server and browser copies are ./ProjectRows.server.tsx and ./ProjectRows.browser.tsx. */
const ROWS = 'src/components/CncfMaturityTable/ProjectRows/index.tsx';

/**
 * The CNCF table's 255 rows stay the server's HTML in the browser: the browser
 * bundle takes ./ProjectRows.browser.tsx for the component's ProjectRows, so
 * the page's JavaScript carries neither the rows nor the data they are made
 * from. The server's copy (./ProjectRows.server.tsx) writes the Korean
 * descriptions of the first rows only (./split.ts); the rest are generated
 * data, korean.json, which the browser's copy adds to the rows when the
 * table's code loads.
 */
export default function cncfRowsHtml(context: LoadContext): Plugin {
  const rows = path.join(context.siteDir, ROWS);
  if (!existsSync(rows)) throw new Error(`src/optimizations/cncf-rows-html/plugin.ts: ${ROWS} no longer exists; update or drop this unit.`);
  return {
    name: 'optimization-cncf-rows-html',
    async contentLoaded({actions}) {
      await actions.createData('korean.json', JSON.stringify(deferredKorean()));
    },
    configureWebpack: (_config, isServer, {currentBundler}) => ({
      plugins: [
        new currentBundler.instance.NormalModuleReplacementPlugin(
          exactPath(rows),
          here(import.meta.url, isServer ? './ProjectRows.server.tsx' : './ProjectRows.browser.tsx'),
        ),
      ],
    }),
  };
}
