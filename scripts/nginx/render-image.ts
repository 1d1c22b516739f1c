/**
 * Writes the container image's nginx configuration (deploy/Dockerfile runs this
 * in its build stage): `tsx scripts/nginx/render-image.ts <directory>` writes
 * nginx.conf and container-docs.conf there, for /etc/nginx/nginx.conf and
 * /etc/nginx/conf.d/container-docs.conf. The tests render the same templates
 * with the same code (scripts/nginx/local.ts), for loopback and a temporary run directory.
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {IMAGE, renderNginxConfig} from './config';

const out = process.argv[2];
if (!out) {
  console.error('usage: tsx scripts/nginx/render-image.ts <output directory>');
  process.exit(2);
}
const {main, server} = renderNginxConfig(IMAGE.settings);
mkdirSync(out, {recursive: true});
writeFileSync(path.join(out, path.basename(IMAGE.mainConf)), main);
writeFileSync(path.join(out, path.basename(IMAGE.settings.serverConf)), server);
console.log(`nginx: wrote ${path.basename(IMAGE.mainConf)} and ${path.basename(IMAGE.settings.serverConf)} to ${out}`);
