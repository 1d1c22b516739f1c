import {readdir, readFile, rename, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';
import {checkedOriginal, type Pin} from '../pinned/replacement';
import {LOADER, preloadEntryScripts} from './loader';

/** Docusaurus's page template, which writes the entry script tags that postBuild rewrites. */
export const PINS: readonly Pin[] = [
  {
    packageName: '@docusaurus/core',
    original: 'lib/ssg/ssgTemplate.html.js',
    sha256: '5d6584e4a61b22d44bbbd7fe92a7a30352564b5a1dc89853a9bdbbf14d092597',
    owner: 'src/optimizations/scripts-after-paint/plugin.ts',
  },
];

async function htmlFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, {recursive: true, withFileTypes: true});
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => path.join(entry.parentPath, entry.name));
}

/**
 * The entry scripts run after the first paint (./loader.ts): every built page
 * gets the loader at the end of its body, and its deferred entry scripts
 * become preloads. The dev server writes its own pages, without preloads:
 * there the loader finds nothing to start and the scripts stay deferred.
 */
export default function scriptsAfterPaint(): Plugin {
  checkedOriginal(PINS[0]!);
  return {
    name: 'optimization-scripts-after-paint',
    injectHtmlTags: () => ({postBodyTags: [`<script>${LOADER}</script>`]}),
    async postBuild({outDir}) {
      const pages = (await htmlFiles(outDir)).filter((file) => !path.relative(outDir, file).startsWith('.'));
      await Promise.all(
        pages.map(async (file) => {
          const html = preloadEntryScripts(await readFile(file, 'utf8'), path.relative(outDir, file));
          // Other plugins read the pages in their own postBuild at the same time: each sees the old file or the new one, whole.
          await writeFile(`${file}.tmp`, html);
          await rename(`${file}.tmp`, file);
        }),
      );
    },
    configureWebpack: (config, isServer) => {
      if (config.mode === 'development' && !isServer) {
        console.warn(
          '[optimizations] npm run dev: scripts-after-paint is off, so the page scripts run as deferred scripts, before the first paint.',
        );
      }
      return {};
    },
  };
}
