import {existsSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import type {CurrentBundler} from '@docusaurus/types';
import type {WebpackPluginInstance} from 'webpack';
import {readPinned} from './readPinned';

const require = createRequire(import.meta.url);

/**
 * An installed module the layer swaps for a copy of its own, or reads to
 * patch. The original is pinned by SHA-256 and stored under ./originals, so
 * an upgrade that changes it stops the build, and `npm run pins:diff` shows
 * what changed upstream.
 */
export type Pin = {
  readonly packageName: string;
  /** The module's path inside its package. */
  readonly original: string;
  /** SHA-256 of the original the copy or patch was written from. */
  readonly sha256: string;
  /** The file that declares the pin, named in its errors. */
  readonly owner: string;
};

/** A pin whose module is swapped for our copy, both bundles unless said otherwise. */
export type Replacement = Pin & {
  /** Our copy, an absolute path. */
  readonly replacement: string;
};

/** Where the package is installed: export maps hide lib/ files from require.resolve, so it is looked up where Node would look. */
export function packageDirectory(packageName: string): string {
  const directory = (require.resolve.paths(packageName) ?? [])
    .map((nodeModules) => path.join(nodeModules, packageName))
    .find((candidate) => existsSync(path.join(candidate, 'package.json')));
  if (!directory) throw new Error(`${packageName} is not installed.`);
  return directory;
}

/** The installed original's path, checked to be the very code its copy or patch was written from. */
export function checkedOriginal(pin: Pin): string {
  const file = path.join(packageDirectory(pin.packageName), pin.original);
  if (!existsSync(file)) {
    throw new Error(`${pin.owner}: ${pin.packageName}/${pin.original} no longer exists; update or drop what the layer does with it.`);
  }
  readPinned(
    file,
    pin.sha256,
    `${pin.owner}: ${pin.packageName}/${pin.original} changed since our copy or patch was written. ` +
      'Run "npm run pins:diff" to see what changed, carry it over, then update the hash and the stored original ' +
      '(docs-dev/upgrading.md), or turn this unit off (SITE_OPTIMIZATIONS, README).',
  );
  return file;
}

/** A module's resolved path, as a replacement plugin matches it: that file and no other. */
export const exactPath = (file: string): RegExp => new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

/** Replacement plugins for the bundler: each original, checked, gives way to its copy. */
export const swapModules = (replacements: readonly Replacement[], bundler: CurrentBundler): WebpackPluginInstance[] =>
  replacements.map((entry) => new bundler.instance.NormalModuleReplacementPlugin(exactPath(checkedOriginal(entry)), entry.replacement));

/** An absolute path next to the module that asks: `here(import.meta.url, './copy.ts')`. */
export const here = (moduleUrl: string, relative: string): string => fileURLToPath(new URL(relative, moduleUrl));
