import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import type {Pin} from './replacement';

/** Upstream files as they were when our copies and patches were written: what `npm run pins:diff` compares against. */
export const ORIGINALS = fileURLToPath(new URL('./originals/', import.meta.url));
/** The package version each stored original came from. */
export const VERSIONS_FILE = path.join(ORIGINALS, 'versions.json');

export const storedOriginal = (pin: Pin): string => path.join(ORIGINALS, pin.packageName, pin.original);

export const sha256Of = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');
