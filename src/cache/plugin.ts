import {readdirSync} from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';

/** The folders of build-time code: the plugins, remark plugins and loader the config runs, and what they import. */
const BUILD_TIME_CODE = ['src/cache', 'src/data', 'src/hydration', 'src/pinned', 'src/prism', 'src/remark', 'src/search', 'src/static'];

const sourceFiles = (directory: string): string[] =>
  readdirSync(directory, {recursive: true, encoding: 'utf8'})
    .filter((file) => /\.(ts|tsx|cjs)$/.test(file) && !file.endsWith('.d.ts'))
    .map((file) => path.join(directory, file));

/**
 * rspack's persistent cache is thrown away when docusaurus.config.ts changes,
 * but not when a plugin, a remark plugin or a loader it runs does: a build
 * could then reuse modules made by the old code (seen: a changed module
 * replacement, and a doc rewrite, had no effect until `docusaurus clear`).
 * Every file of that code becomes a build dependency of the cache.
 */
export default function buildTimeCodeInvalidatesCache(context: LoadContext): Plugin {
  const files = BUILD_TIME_CODE.flatMap((folder) => sourceFiles(path.join(context.siteDir, folder)));
  return {
    name: 'build-time-code-invalidates-cache',
    configureWebpack: (_config, _isServer, {currentBundler}) =>
      currentBundler.name === 'rspack' && !process.env.DOCUSAURUS_NO_PERSISTENT_CACHE
        ? ({experiments: {cache: {type: 'persistent', buildDependencies: files}}} as object)
        : {},
  };
}
