import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
const MAIN_TEMPLATE = path.join(root, 'deploy', 'nginx', 'nginx.conf.template');
const SERVER_TEMPLATE = path.join(root, 'deploy', 'nginx', 'default.conf.template');
const NGINX_CANDIDATES = ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx'];

export function nginxBinary(): string {
  const found = [process.env.NGINX_PATH, ...NGINX_CANDIDATES].find((candidate) => candidate && existsSync(candidate));
  if (!found) {
    throw new Error('nginx was not found. Install it with "sudo apt-get install -y nginx-light" or set NGINX_PATH.');
  }
  return found;
}

const MODULES_ENABLED = '/etc/nginx/modules-enabled';

export function requireBrotliStatic(): void {
  const enabled = existsSync(MODULES_ENABLED) ? readdirSync(MODULES_ENABLED) : [];
  if (!enabled.some((file) => file.includes('brotli-static'))) {
    throw new Error(
      `nginx's brotli_static module is not enabled in ${MODULES_ENABLED}: ` +
        'install it with "sudo apt-get install -y libnginx-mod-http-brotli-static".',
    );
  }
}

/** What differs between the container image and a local run; everything else is in the two templates. */
export type NginxSettings = {
  /** The parameters of the server's `listen` directive: a port, or address:port. */
  readonly listen: string;
  /** The built site. nginx only reads it. */
  readonly siteRoot: string;
  /** The one directory nginx writes: its pid file and temporary files. */
  readonly runDir: string;
  /** `off`, or the file access log lines go to. */
  readonly accessLog: string;
  /** Where the rendered server block is, for nginx.conf's include. */
  readonly serverConf: string;
};

/** Paths and user of the container image (deploy/Dockerfile, deploy/kubernetes/container-docs.yaml). */
export const IMAGE = {
  settings: {
    listen: '8080',
    siteRoot: '/usr/share/nginx/html',
    runDir: '/tmp',
    accessLog: '/dev/stdout',
    serverConf: '/etc/nginx/conf.d/container-docs.conf',
  },
  mainConf: '/etc/nginx/nginx.conf',
} as const satisfies {settings: NginxSettings; mainConf: string};

/**
 * Fills a template's ${NAME} placeholders (nginx's own variables are $name,
 * without braces, and are left alone). A placeholder without a value, or a
 * value nothing uses, is an error naming the template.
 */
export function fillTemplate(file: string, text: string, values: Readonly<Record<string, string>>): string {
  const used = new Set<string>();
  const filled = text.replace(/\$\{([A-Z_]+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) {
      throw new Error(`${path.relative(root, file)}: placeholder \${${name}} has no value (known: ${Object.keys(values).join(', ')}).`);
    }
    used.add(name);
    return value;
  });
  const unused = Object.keys(values).filter((name) => !used.has(name));
  if (unused.length > 0) throw new Error(`${path.relative(root, file)}: no placeholder for ${unused.join(', ')}.`);
  return filled;
}

/** The main nginx.conf and the server block, rendered for one place nginx runs. */
export function renderNginxConfig(settings: NginxSettings): {main: string; server: string} {
  return {
    main: fillTemplate(MAIN_TEMPLATE, readFileSync(MAIN_TEMPLATE, 'utf8'), {
      RUN_DIR: settings.runDir,
      ACCESS_LOG: settings.accessLog,
      SERVER_CONF: settings.serverConf,
    }),
    server: fillTemplate(SERVER_TEMPLATE, readFileSync(SERVER_TEMPLATE, 'utf8'), {
      LISTEN: settings.listen,
      SITE_ROOT: settings.siteRoot,
    }),
  };
}

/** The directives of a rendered configuration, as [name, arguments] pairs, comments dropped (enough for checks). */
export function directives(conf: string): Array<[string, string]> {
  return conf
    .split('\n')
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter((line) => /^[a-z_]+\s+[^{]*;$/.test(line))
    .map((line) => {
      const [name, ...rest] = line.slice(0, -1).split(/\s+/);
      return [name!, rest.join(' ')];
    });
}
