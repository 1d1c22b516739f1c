import {readdirSync} from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {selectUnits, SWITCH} from '../../optimizations/layer';

/** The folders of build-time code: the plugins, remark plugins and loader the config runs, and what they import. */
const BUILD_TIME_CODE = ['src/data', 'src/lib', 'src/optimizations', 'src/plugins', 'src/search'];

const sourceFiles = (directory: string): string[] =>
  readdirSync(directory, {recursive: true, encoding: 'utf8'})
    .filter((file) => /\.(ts|tsx|cjs)$/.test(file) && !file.endsWith('.d.ts'))
    .map((file) => path.join(directory, file));

/**
 * rspack's persistent cache is thrown away when docusaurus.config.ts changes,
 * but not when a plugin, a remark plugin or a loader it runs does: a build
 * could then reuse modules made by the old code (seen: a changed module
 * replacement, and a doc rewrite, had no effect until `docusaurus clear`).
 * Every file of that code becomes a build dependency of the cache. And the
 * cache is kept apart per selection of optimization units (SITE_OPTIMIZATIONS),
 * which changes what modules resolve to without changing any file.
 */
export default function buildTimeCodeInvalidatesCache(context: LoadContext): Plugin {
  const files = BUILD_TIME_CODE.flatMap((folder) => sourceFiles(path.join(context.siteDir, folder)));
  return {
    name: 'build-time-code-invalidates-cache',
    configureWebpack: (config, _isServer, {currentBundler}) => {
      if (currentBundler.name !== 'rspack' || process.env.DOCUSAURUS_NO_PERSISTENT_CACHE) return {};
      const {version} = (config.experiments as {cache?: {version?: string}} | undefined)?.cache ?? {};
      const units = selectUnits(process.env[SWITCH]).join(',') || 'none';
      return {experiments: {cache: {type: 'persistent', version: `${version}-${units}`, buildDependencies: files}}} as object;
    },
  };
}
