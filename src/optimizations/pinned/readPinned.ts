import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';

/**
 * The contents of an installed file the site copies or patches at build time,
 * checked against the SHA-256 of the version the copy was written from: an
 * upgrade that changes it stops the build with `whenChanged` instead of
 * shipping a copy of old code.
 */
export function readPinned(file: string, sha256: string, whenChanged: string): Buffer {
  const contents = readFileSync(file);
  if (createHash('sha256').update(contents).digest('hex') !== sha256) throw new Error(whenChanged);
  return contents;
}
