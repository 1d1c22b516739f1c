import {existsSync, readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import type {Plugin} from '@docusaurus/types';

const require = createRequire(import.meta.url);

/**
 * Docusaurus modules swapped for copies whose post-hydration update is a
 * transition (see each replacement). `expect` is the line each replacement
 * was written against: if an upgrade changes the original, the build stops
 * and asks for the copy to be checked, rather than silently shipping a copy
 * of old code.
 */
export const REPLACEMENTS = [
  {
    packageName: '@docusaurus/core',
    original: 'lib/client/browserContext.js',
    replacement: './browserContext.tsx',
    expect: 'setIsBrowser(true);',
  },
  {
    packageName: '@docusaurus/theme-common',
    original: 'lib/hooks/useWindowSize.js',
    replacement: './useWindowSize.ts',
    expect: 'updateWindowSize();',
  },
] as const;

/** The resolved path of an original, checked to still contain the code its replacement was written against. */
export function checkedOriginal({packageName, original, expect}: (typeof REPLACEMENTS)[number]): string {
  // Export maps hide these lib/ files from require.resolve, so the package is looked up where Node would look.
  const directory = (require.resolve.paths(packageName) ?? [])
    .map((nodeModules) => path.join(nodeModules, packageName))
    .find((candidate) => existsSync(path.join(candidate, 'package.json')));
  if (!directory) throw new Error(`src/hydration/plugin.ts: ${packageName} is not installed.`);
  const file = path.join(directory, original);
  if (!existsSync(file)) {
    throw new Error(`src/hydration/plugin.ts: ${packageName}/${original} no longer exists; update or drop its replacement.`);
  }
  if (!readFileSync(file, 'utf8').includes(expect)) {
    throw new Error(
      `src/hydration/plugin.ts: ${packageName}/${original} changed (it no longer contains "${expect}"); ` +
        'compare it with its replacement in src/hydration/ and update both.',
    );
  }
  return file;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export default function hydrationTransitions(): Plugin {
  const swaps = REPLACEMENTS.map((entry) => ({
    original: new RegExp(`^${escape(checkedOriginal(entry))}$`),
    replacement: fileURLToPath(new URL(entry.replacement, import.meta.url)),
  }));
  return {
    name: 'hydration-transitions',
    // Both bundles, so the server renders with the very module the browser hydrates with.
    configureWebpack: (_config, _isServer, {currentBundler}) => ({
      plugins: swaps.map(
        ({original, replacement}) => new currentBundler.instance.NormalModuleReplacementPlugin(original, replacement),
      ),
    }),
  };
}
