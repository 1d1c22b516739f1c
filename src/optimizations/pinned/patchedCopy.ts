import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {checkedOriginal, type Pin} from './replacement';

/**
 * An installed file replaced by a copy patched at build time, so that nothing
 * else of its package is forked. Pinned like every original the layer touches.
 */
export type PinnedPatch = Pin & {
  /** Each `from` must occur exactly once in the file. */
  readonly patches: ReadonlyArray<readonly [from: string, to: string]>;
};

/** The patched source; relative imports become absolute, since the copy lives elsewhere. */
export function applyPatches(pin: PinnedPatch, source: string, originalFile: string): string {
  let patched = source;
  for (const [from, to] of pin.patches) {
    if (patched.split(from).length !== 2) {
      throw new Error(`${pin.owner}: ${pin.packageName}/${pin.original} no longer contains "${from}" exactly once.`);
    }
    patched = patched.replace(from, to);
  }
  return patched.replace(
    /from "(\.{1,2}\/[^"]+)"/g,
    (_, relative: string) => `from ${JSON.stringify(path.resolve(path.dirname(originalFile), relative))}`,
  );
}

/** Writes the patched copy under `dir`; returns the original's path and the copy's. */
export function writePatchedCopy(pin: PinnedPatch, dir: string): {original: string; patched: string} {
  const original = checkedOriginal(pin);
  const patched = path.join(dir, path.basename(original));
  mkdirSync(dir, {recursive: true});
  writeFileSync(patched, applyPatches(pin, readFileSync(original, 'utf8'), original));
  return {original, patched};
}
