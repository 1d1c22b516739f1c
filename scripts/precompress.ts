import {readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {constants, gzipSync} from 'node:zlib';

const COMPRESSIBLE = /\.(html|css|js|json|xml|svg|txt|map)$/;
// Below this size the gzip header costs more than it saves.
const MIN_BYTES = 512;

/**
 * Writes a maximum-level .gz twin next to every compressible file so that
 * nginx's gzip_static serves it without compressing on each request.
 */
export function precompress(dir: string): {files: number; rawBytes: number; gzipBytes: number} {
  const totals = {files: 0, rawBytes: 0, gzipBytes: 0};
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const sub = precompress(full);
      totals.files += sub.files;
      totals.rawBytes += sub.rawBytes;
      totals.gzipBytes += sub.gzipBytes;
    } else if (COMPRESSIBLE.test(entry.name) && statSync(full).size >= MIN_BYTES) {
      const raw = readFileSync(full);
      const gz = gzipSync(raw, {level: constants.Z_BEST_COMPRESSION});
      writeFileSync(`${full}.gz`, gz);
      totals.files += 1;
      totals.rawBytes += raw.length;
      totals.gzipBytes += gz.length;
    }
  }
  return totals;
}
