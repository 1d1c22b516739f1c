import {existsSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import type {Plugin} from '@docusaurus/types';
import {readPinned} from '../pinned/readPinned';
import {compileHintsFor} from './compileHints';

const require = createRequire(import.meta.url);

type Replacement = {
  readonly packageName: string;
  /** The module's path inside its package. */
  readonly original: string;
  /** Our copy, relative to this file. */
  readonly replacement: string;
  /** SHA-256 of the original our copy was written from. */
  readonly sha256: string;
};

/**
 * Docusaurus modules swapped for copies that do less work while a page
 * hydrates: a post-hydration update made a transition, or no ICU collator
 * (see each replacement). If an upgrade changes an original, its
 * hash no longer matches and the build stops, asking for the copy to be
 * compared with the new code, rather than silently shipping a copy of old code.
 *
 * The search plugin's page timed its effects by `useIsBrowser`'s flip and,
 * with the flip a transition, cleared `?q=` from the URL before reading it;
 * src/search/searchPage.ts patches it to wait.
 */
export const REPLACEMENTS: readonly Replacement[] = [
  {
    packageName: '@docusaurus/theme-common',
    original: 'lib/hooks/useWindowSize.js',
    replacement: './useWindowSize.ts',
    sha256: 'a32a46c867130090a4d785590da6f9cc69789eb67a94a5386fc6416857b91872',
  },
  {
    packageName: '@docusaurus/core',
    original: 'lib/client/browserContext.js',
    replacement: './browserContext.tsx',
    sha256: 'f0765ea0de6c682044acc2d1f6f7d474e9ac389591a8e97f877e437c09225b4c',
  },
  {
    packageName: '@docusaurus/theme-common',
    original: 'lib/utils/reactUtils.js',
    replacement: './reactUtils.tsx',
    sha256: 'a683742dac1a155bbd1c355601dedc1eeb7cc5edd7331cab26043c74233dca11',
  },
];

/** The resolved path of an original, checked to be the very code its replacement was written from. */
export function checkedOriginal({packageName, original, sha256}: Replacement): string {
  // Export maps hide these lib/ files from require.resolve, so the package is looked up where Node would look.
  const directory = (require.resolve.paths(packageName) ?? [])
    .map((nodeModules) => path.join(nodeModules, packageName))
    .find((candidate) => existsSync(path.join(candidate, 'package.json')));
  if (!directory) throw new Error(`src/hydration/plugin.ts: ${packageName} is not installed.`);
  const file = path.join(directory, original);
  if (!existsSync(file)) {
    throw new Error(`src/hydration/plugin.ts: ${packageName}/${original} no longer exists; update or drop its replacement.`);
  }
  readPinned(
    file,
    sha256,
    `src/hydration/plugin.ts: ${packageName}/${original} changed since its copy was written; ` +
      'compare it with its replacement in src/hydration/, carry any change over, and update the hash here.',
  );
  return file;
}

/**
 * Modules whose browser bundle takes a sibling `*.browser.tsx`: server HTML
 * the browser keeps instead of hydrating, so the code and data that made it
 * stay out of the page's JavaScript. Paths are relative to this file.
 */
export const BROWSER_TWINS: readonly string[] = ['../components/CncfMaturityTable/ProjectRows/index.tsx'];

/** The module and its browser twin, both checked to exist. */
export function browserTwin(relative: string): {server: string; browser: string} {
  const server = fileURLToPath(new URL(relative, import.meta.url));
  const browser = server.replace(/\.tsx$/, '.browser.tsx');
  for (const file of [server, browser]) {
    if (!existsSync(file)) throw new Error(`src/hydration/plugin.ts: BROWSER_TWINS lists ${relative}, but ${file} does not exist.`);
  }
  return {server, browser};
}

/** The one browser module that requires tslib, which gets ./tslib.ts (the helpers it calls) in its place. */
export const TSLIB_USER: Replacement = {
  packageName: '@docusaurus/utils-common',
  original: 'lib/index.js',
  replacement: './tslib.ts',
  sha256: 'f67a902f603f736c0b6b81dfe3c4b600e26ad3018fb19158d877a8fe5d55424e',
};

/** A module's resolved path, as a replacement plugin matches it: that file and no other. */
export const exactPath = (file: string): RegExp => new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

/**
 * Less work for the browser after a page loads: the REPLACEMENTS in both
 * bundles, the BROWSER_TWINS and the smaller tslib in the browser's, and
 * main.js compiled off the main thread (compileHints.ts).
 */
export default function hydration(): Plugin {
  const swaps = REPLACEMENTS.map((entry) => ({
    original: exactPath(checkedOriginal(entry)),
    replacement: fileURLToPath(new URL(entry.replacement, import.meta.url)),
  }));
  const twins = BROWSER_TWINS.map(browserTwin).map(({server, browser}) => ({
    original: exactPath(server),
    replacement: browser,
  }));
  const tslibUser = path.dirname(checkedOriginal(TSLIB_USER));
  const smallTslib = fileURLToPath(new URL(TSLIB_USER.replacement, import.meta.url));
  return {
    name: 'hydration',
    // The swaps go into both bundles, so the server renders with the very module the browser hydrates with.
    configureWebpack: (_config, isServer, {currentBundler}) => ({
      ...(isServer ? {} : {module: {rules: [{include: tslibUser, resolve: {alias: {tslib$: smallTslib}}}]}}),
      plugins: [
        ...[...swaps, ...(isServer ? [] : twins)].map(
          ({original, replacement}) => new currentBundler.instance.NormalModuleReplacementPlugin(original, replacement),
        ),
        ...(isServer ? [] : [compileHintsFor(['main'])]),
      ],
    }),
  };
}
