/**
 * Runs after `docusaurus build`: writes the nginx security headers (with the
 * hashes of this build's inline scripts, and the worker scripts that need them) and the precompressed .br and .gz files.
 * Precompression comes last so that it sees every file in its final form.
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {ASSET_HEADERS, nginxHeaderDirectives, nginxWorkerLocations, securityHeaders, workerScripts} from './nginx/headers';
import {precompress} from './precompress';
import {buildDir as defaultBuildDir} from './lib/buildDir';
import {searchEngineFromEnv, searchOrigins} from '../src/search/engine';

const buildDir = process.argv[2] ? path.resolve(process.argv[2]) : defaultBuildDir();

const nginxDir = path.join(buildDir, '.nginx');
mkdirSync(nginxDir, {recursive: true});
// A hosted search engine (SEARCH_ENGINE=algolia, as for the build) is the one origin the pages talk to besides the site.
const headers = securityHeaders(buildDir, searchOrigins(searchEngineFromEnv()));
// Everything is worked out before anything is written, so a failure leaves no partial configuration behind.
const snippets = {
  'headers.conf': nginxHeaderDirectives(headers),
  'asset-headers.conf': nginxHeaderDirectives(ASSET_HEADERS),
  'workers.conf': nginxWorkerLocations(workerScripts(buildDir), headers),
};
for (const [name, text] of Object.entries(snippets)) writeFileSync(path.join(nginxDir, name), text);

const {files, rawBytes, gzipBytes, brotliBytes} = precompress(buildDir);
const kib = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KiB`;
console.log(
  `postbuild: security headers written; ${files} files precompressed, ${kib(rawBytes)} → ${kib(brotliBytes)} brotli, ${kib(gzipBytes)} gzip`,
);
