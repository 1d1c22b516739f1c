import {existsSync, readdirSync, readFileSync} from 'node:fs';
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

const packagesUnder = new Map<string, Map<string, string[]>>();

/** Every package folder under a node_modules folder, hoisted or nested, by package name; read once per process. */
function installedPackages(nodeModules: string): Map<string, string[]> {
  const cached = packagesUnder.get(nodeModules);
  if (cached) return cached;
  const packages = new Map<string, string[]>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, {withFileTypes: true})) {
      if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
      const names = entry.name.startsWith('@')
        ? readdirSync(path.join(folder, entry.name), {withFileTypes: true})
            .filter((inner) => inner.isDirectory())
            .map((inner) => `${entry.name}/${inner.name}`)
        : [entry.name];
      for (const name of names) {
        const directory = path.join(folder, name);
        if (existsSync(path.join(directory, 'package.json'))) packages.set(name, [...(packages.get(name) ?? []), directory]);
        if (existsSync(path.join(directory, 'node_modules'))) walk(path.join(directory, 'node_modules'));
      }
    }
  };
  walk(nodeModules);
  packagesUnder.set(nodeModules, packages);
  return packages;
}

/**
 * Every installed copy of a package: the hoisted one and any nested under
 * another package (npm nests a second version when a dependant's range
 * excludes the first, as the search plugin's `^2 || ^3` excludes a
 * Docusaurus 4 canary).
 */
export function installedCopies(packageName: string, nodeModules?: string): string[] {
  const root = nodeModules ?? packageDirectory(packageName).slice(0, -packageName.length - 1);
  return installedPackages(root).get(packageName) ?? [];
}

/** "3.10.2 in node_modules/…; 4.0.0 in node_modules/…/node_modules/…": which copies, where. */
export const describeCopies = (copies: readonly string[], root = process.cwd()): string =>
  copies
    .map((directory) => {
      const {version} = JSON.parse(readFileSync(path.join(directory, 'package.json'), 'utf8')) as {version: string};
      return `${version} in ${path.relative(root, directory)}`;
    })
    .join('; ');

/** Stops when a pinned package is installed more than once: the pin checks, and the layer swaps, one copy; another would run unpatched and unchecked. */
export function assertInstalledOnce(pin: Pin, copies: readonly string[], root = process.cwd()): void {
  if (copies.length <= 1) return;
  throw new Error(
    `${pin.owner}: ${pin.packageName} is installed ${copies.length} times (${describeCopies(copies, root)}). ` +
      'The pin checks, and the layer swaps, only one copy; the others would run unchecked. Make npm install one copy ' +
      '("overrides" in package.json, docs-dev/upgrading.md), or turn this unit off (SITE_OPTIMIZATIONS, README).',
  );
}

/** The installed original's path, checked to be the very code its copy or patch was written from, in the package's only copy. */
export function checkedOriginal(pin: Pin): string {
  assertInstalledOnce(pin, installedCopies(pin.packageName));
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
