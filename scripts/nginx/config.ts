import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
const TEMPLATE = path.join(root, 'deploy', 'nginx', 'default.conf.template');
const NGINX_CANDIDATES = ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx'];

export function nginxBinary(): string {
  const found = [process.env.NGINX_PATH, ...NGINX_CANDIDATES].find((candidate) => candidate && existsSync(candidate));
  if (!found) {
    throw new Error('nginx was not found. Install it with "sudo apt-get install -y nginx-light" or set NGINX_PATH.');
  }
  return found;
}

const MODULES_ENABLED = '/etc/nginx/modules-enabled';

function requireBrotliStatic(): void {
  const enabled = existsSync(MODULES_ENABLED) ? readdirSync(MODULES_ENABLED) : [];
  if (!enabled.some((file) => file.includes('brotli-static'))) {
    throw new Error(
      `nginx's brotli_static module is not enabled in ${MODULES_ENABLED}: ` +
        'install it with "sudo apt-get install -y libnginx-mod-http-brotli-static".',
    );
  }
}

/** Renders the production server block exactly as the container image's envsubst would. */
export function renderServerBlock(port: number, siteRoot: string): string {
  return readFileSync(TEMPLATE, 'utf8').replace(/\$\{(PORT|SITE_ROOT)\}/g, (_, name: string) =>
    name === 'PORT' ? String(port) : siteRoot,
  );
}

/**
 * Writes a self-contained nginx.conf around the production server block, with
 * every writable path in a private temporary directory, so that an unprivileged
 * user can run it on loopback in the foreground.
 */
export function writeLocalNginxConfig(port: number, siteRoot: string): {configFile: string; dir: string} {
  if (!existsSync(path.join(siteRoot, '.nginx', 'headers.conf'))) {
    throw new Error(`${siteRoot}/.nginx/headers.conf is missing: run "npm run build" first.`);
  }
  requireBrotliStatic();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'container-docs-nginx-'));
  mkdirSync(path.join(dir, 'temp'));
  const runningAsRoot = process.getuid?.() === 0;
  const conf = `
${runningAsRoot ? 'user root;' : ''}
# Debian's dynamic modules, brotli_static among them, as its own nginx.conf loads them.
include /etc/nginx/modules-enabled/*.conf;
worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log stderr warn;
events { worker_connections 512; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    client_body_temp_path ${dir}/temp/body;
    proxy_temp_path ${dir}/temp/proxy;
    fastcgi_temp_path ${dir}/temp/fastcgi;
    uwsgi_temp_path ${dir}/temp/uwsgi;
    scgi_temp_path ${dir}/temp/scgi;
${renderServerBlock(port, siteRoot).replace(/listen (\d+);/, 'listen 127.0.0.1:$1;')}
}
`;
  const configFile = path.join(dir, 'nginx.conf');
  writeFileSync(configFile, conf);
  return {configFile, dir};
}
