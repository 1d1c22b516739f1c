import {readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';

const COMPRESSIBLE = /\.(html|css|js|json|xml|svg|txt|md|map)$/;
// Below this size the compression framing costs more than it saves.
const MIN_BYTES = 512;

export type PrecompressTotals = {files: number; rawBytes: number; gzipBytes: number; brotliBytes: number};

/**
 * Writes maximum-level .br and .gz twins next to every compressible file, so
 * that nginx's brotli_static and gzip_static serve them without compressing
 * on each request. Brotli at its top level makes the JavaScript about a fifth
 * smaller than gzip does; gzip remains for clients that do not ask for br.
 */
export function precompress(dir: string): PrecompressTotals {
  const totals = {files: 0, rawBytes: 0, gzipBytes: 0, brotliBytes: 0};
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const sub = precompress(full);
      totals.files += sub.files;
      totals.rawBytes += sub.rawBytes;
      totals.gzipBytes += sub.gzipBytes;
      totals.brotliBytes += sub.brotliBytes;
    } else if (COMPRESSIBLE.test(entry.name) && statSync(full).size >= MIN_BYTES) {
      const raw = readFileSync(full);
      const gz = gzipSync(raw, {level: constants.Z_BEST_COMPRESSION});
      const br = brotliCompressSync(raw, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
        },
      });
      writeFileSync(`${full}.gz`, gz);
      writeFileSync(`${full}.br`, br);
      totals.files += 1;
      totals.rawBytes += raw.length;
      totals.gzipBytes += gz.length;
      totals.brotliBytes += br.length;
    }
  }
  return totals;
}
