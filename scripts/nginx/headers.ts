import {createHash} from 'node:crypto';
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

const EXECUTABLE_TYPES = new Set(['', 'text/javascript', 'application/javascript', 'module']);

/** SHA-256 hashes, CSP-formatted, of every inline script the built pages execute. */
export function inlineScriptHashes(buildDir: string): string[] {
  const hashes = new Set<string>();
  for (const file of htmlFiles(buildDir)) {
    const html = readFileSync(file, 'utf8');
    for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      const attributes = match[1] ?? '';
      if (/\bsrc\s*=/i.test(attributes)) continue;
      const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase() ?? '';
      if (!EXECUTABLE_TYPES.has(type)) continue;
      hashes.add(
        `'sha256-${createHash('sha256')
          .update(match[2] ?? '', 'utf8')
          .digest('base64')}'`,
      );
    }
  }
  return [...hashes].sort();
}

/**
 * Everything the site needs and nothing more: all code, styles, images and the
 * search index come from the site itself (a hosted search engine's origins,
 * `connectSources`, are the one exception); styles allow inline attributes
 * because React and Infima set `style=` on elements.
 */
export function contentSecurityPolicy(scriptHashes: readonly string[], connectSources: readonly string[] = []): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${scriptHashes.join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    ["connect-src 'self'", ...connectSources].join(' '),
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** What a script or stylesheet needs: the browser must not guess its type. */
export const ASSET_HEADERS: Readonly<Record<string, string>> = {'X-Content-Type-Options': 'nosniff'};

/**
 * The headers of anything that runs as a document or a worker: pages, SVG
 * images (which can be opened as documents) and the search worker, whose
 * policy comes from its own response.
 */
export function securityHeaders(buildDir: string, connectSources: readonly string[] = []): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(inlineScriptHashes(buildDir), connectSources),
    ...ASSET_HEADERS,
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/**
 * The scripts this build starts as workers, as site paths. Rspack names a
 * worker's chunk by its id (`new Worker(new URL(p.p + p.u("7734"), ...))` loads
 * `assets/js/7734.<hash>.js`); a worker whose file cannot be found stops the
 * build, because serving it without its policy would go unnoticed.
 */
export function workerScripts(buildDir: string): string[] {
  const jsDir = path.join(buildDir, 'assets', 'js');
  const files = readdirSync(jsDir).filter((name) => name.endsWith('.js'));
  const workers = new Set<string>();
  for (const name of files) {
    const code = readFileSync(path.join(jsDir, name), 'utf8');
    for (const match of code.matchAll(/new Worker\(([^)]*)/g)) {
      const id = /\.u\("?([\w-]+)/.exec(match[1] ?? '')?.[1];
      const worker = id === undefined ? undefined : files.find((file) => file.startsWith(`${id}.`));
      if (worker === undefined) {
        throw new Error(`build/assets/js/${name}: starts a worker whose script could not be found (${match[0].slice(0, 80)}).`);
      }
      workers.add(`/assets/js/${worker}`);
    }
  }
  return [...workers].sort();
}

export function nginxHeaderDirectives(headers: Readonly<Record<string, string>>): string {
  return `${Object.entries(headers)
    .map(([name, value]) => `add_header ${name} "${value.replace(/"/g, '\\"')}" always;`)
    .join('\n')}\n`;
}

/**
 * One exact-match location per worker script: cached like any other asset, with
 * the full headers written out (an included file's paths would depend on where
 * the site is installed).
 */
export function nginxWorkerLocations(workers: readonly string[], headers: Readonly<Record<string, string>>): string {
  const directives = nginxHeaderDirectives({'Cache-Control': 'public, max-age=31536000, immutable', ...headers});
  return workers.map((worker) => `location = ${worker} {\n${directives}}\n`).join('');
}
