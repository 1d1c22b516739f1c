import {mkdirSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {readPinned} from './readPinned';

const require = createRequire(import.meta.url);

/**
 * An installed file the site replaces with a patched copy made at build time,
 * so that nothing else of its package is forked. The file is pinned by
 * SHA-256: an upgrade that changes it stops the build instead of shipping a
 * stale patch.
 */
export type PinnedPatch = {
  /** The file as a package path, e.g. `some-package/dist/File.jsx`. */
  readonly file: string;
  readonly sha256: string;
  /** The module that declares the patch, named in its errors. */
  readonly owner: string;
  /** Each `from` must occur exactly once in the file. */
  readonly patches: ReadonlyArray<readonly [from: string, to: string]>;
};

/** The patched source; relative imports become absolute, since the copy lives elsewhere. */
export function applyPatches(pin: PinnedPatch, source: string, originalFile: string): string {
  let patched = source;
  for (const [from, to] of pin.patches) {
    if (patched.split(from).length !== 2) {
      throw new Error(`${pin.owner}: ${pin.file} no longer contains "${from}" exactly once.`);
    }
    patched = patched.replace(from, to);
  }
  return patched.replace(/from "(\.{1,2}\/[^"]+)"/g, (_, relative: string) =>
    `from ${JSON.stringify(path.resolve(path.dirname(originalFile), relative))}`,
  );
}

/** Writes the patched copy under `dir`; returns the original's path and the copy's. */
export function writePatchedCopy(
  pin: PinnedPatch,
  dir: string,
  originalFile = require.resolve(pin.file),
): {original: string; patched: string} {
  const source = readPinned(
    originalFile,
    pin.sha256,
    `${pin.owner}: ${pin.file} changed since the patch was written; ` +
      'check that each of its patches still applies where it should, then update the hash.',
  );
  const patched = path.join(dir, path.basename(originalFile));
  mkdirSync(dir, {recursive: true});
  writeFileSync(patched, applyPatches(pin, source.toString('utf8'), originalFile));
  return {original: originalFile, patched};
}
