import {expect, test} from '@playwright/test';
import {configValue, mayWrite, nginxServing, walk} from './nginx-processes';

// These run against `npm run serve:nginx`, the production nginx configuration.

test('HTML revalidates, hashed assets are immutable, and both are compressed', async ({page, request}) => {
  const html = await request.get('/docs/runtimes/overview', {headers: {'Accept-Encoding': 'gzip'}});
  expect(html.status()).toBe(200);
  expect(html.headers()['cache-control']).toBe('no-cache');
  expect(html.headers()['content-encoding']).toBe('gzip');
  expect(html.headers()['content-type']).toBe('text/html; charset=utf-8');

  await page.goto('/');
  const script = await page.locator('script[src^="/assets/js/"]').first().getAttribute('src');
  const asset = await request.get(script!, {headers: {'Accept-Encoding': 'gzip'}});
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(asset.headers()['content-encoding']).toBe('gzip');
  expect(asset.headers()['content-type']).toBe('application/javascript; charset=utf-8');
});

test("clients that accept brotli get the build's .br files, and the rest gzip", async ({page, request}) => {
  await page.goto('/docs/runtimes/overview');
  const paths = [
    '/docs/runtimes/overview',
    await page.locator('script[src^="/assets/js/main."]').getAttribute('src'),
    await page.locator('link[rel="stylesheet"][href^="/assets/css/"]').getAttribute('href'),
  ];
  for (const path of paths) {
    const brotli = await request.get(path!, {headers: {'Accept-Encoding': 'gzip, deflate, br'}});
    expect(brotli.headers()['content-encoding'], path!).toBe('br');
    expect(brotli.headers()['vary'], path!).toMatch(/Accept-Encoding/i);
    const gzip = await request.get(path!, {headers: {'Accept-Encoding': 'gzip'}});
    expect(gzip.headers()['content-encoding'], path!).toBe('gzip');
    // Both decode to the same file.
    expect(await brotli.text()).toBe(await gzip.text());
  }
});

const contentTypes: Array<[string, RegExp]> = [
  ['/blog/rss.xml', /^application\/rss\+xml/],
  ['/blog/atom.xml', /^application\/atom\+xml/],
  ['/sitemap.xml', /^(text|application)\/xml/],
  ['/img/logo.svg', /^image\/svg\+xml/],
];

for (const [path, type] of contentTypes) {
  test(`${path} is served as ${type.source}`, async ({request}) => {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(type);
  });
}

test('the search index is served as JSON', async ({page, request}) => {
  // Listen first: the search page may ask for its index before goto returns.
  const indexRequest = page.waitForRequest(/search-index[^/]*\.json/);
  await page.goto('/search?q=runc');
  const url = (await indexRequest).url();
  const response = await request.get(url);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/json; charset=utf-8');
});

test('every page carries the security headers, with scripts allowed only by hash', async ({request}) => {
  for (const path of ['/', '/docs/layers/storage', '/no-such-page', '/docs/']) {
    const headers = (await request.get(path, {maxRedirects: 0})).headers();
    const csp = headers['content-security-policy'] ?? '';
    expect(csp, path).toContain("default-src 'self'");
    expect(csp, path).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
    expect(csp, path).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy'], path).toContain('camera=()');
    expect(headers['x-frame-options'], path).toBe('DENY');
  }
});

test('scripts and stylesheets carry nosniff only; the search worker carries the full policy', async ({page, request}) => {
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
  await page.goto('/search?q=runc');
  await expect(page.locator('article a[href^="/docs/"]').first()).toBeVisible();
  const assets = [
    await page.locator('script[src^="/assets/js/main."]').getAttribute('src'),
    await page.locator('link[rel="stylesheet"][href^="/assets/css/"]').getAttribute('href'),
  ];
  for (const path of assets) {
    const headers = (await request.get(path!)).headers();
    expect(headers['x-content-type-options'], path!).toBe('nosniff');
    expect(headers['cache-control'], path!).toBe('public, max-age=31536000, immutable');
    for (const documentOnly of ['content-security-policy', 'permissions-policy', 'x-frame-options']) {
      expect(headers[documentOnly], `${path} ${documentOnly}`).toBeUndefined();
    }
  }
  expect(workers).toHaveLength(1);
  const worker = (await request.get(workers[0]!)).headers();
  expect(worker['content-security-policy']).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
  expect(worker['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(worker['content-type']).toBe('application/javascript; charset=utf-8');
});

test('the Content-Security-Policy blocks nothing the site needs', async ({page}) => {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as {reportViolation: (t: string) => void}).reportViolation(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  await page.goto('/search?q=containerd');
  await expect(page.locator('article a[href^="/docs/"]').first()).toBeVisible();
  await page.goto('/docs/layers/dockerfile');
  await page.waitForLoadState('networkidle');
  expect(violations).toEqual([]);
});

test('an unknown path gets the Korean 404 page with status 404', async ({request}) => {
  const response = await request.get('/docs/does-not-exist');
  expect(response.status()).toBe(404);
  expect(await response.text()).toContain('페이지를 찾을 수 없습니다');
});

test('a trailing slash is one redirect to the canonical URL, query kept', async ({request}) => {
  const response = await request.get('/docs/layers/storage/?x=1', {maxRedirects: 0});
  expect(response.status()).toBe(301);
  expect(response.headers()['location']).toBe('/docs/layers/storage?x=1');
  const final = await request.get(response.headers()['location']!, {maxRedirects: 0});
  expect(final.status()).toBe(200);
});

test('generated server configuration is not downloadable', async ({request}) => {
  expect((await request.get('/.nginx/headers.conf')).status()).toBe(404);
});

test('nginx runs as a user who is not root and cannot write the site it serves', async ({request, baseURL}) => {
  expect((await request.get('/')).status()).toBe(200);
  const {master, workers, configFile} = nginxServing(Number(new URL(baseURL!).port));
  expect(workers.length, 'worker processes').toBeGreaterThan(0);
  for (const process of [master, ...workers]) {
    // Real, effective, saved and filesystem ids: none is root, so none can be switched back to root.
    expect(process.uids, `uids of nginx process ${process.pid}`).not.toContain(0);
    expect(process.gids, `gids of nginx process ${process.pid}`).not.toContain(0);
    expect(process.groups, `groups of nginx process ${process.pid}`).not.toContain(0);
  }
  const root = configValue(configFile, 'root');
  expect(root, `root in ${configFile}`).toBeTruthy();
  const files = walk(root!);
  expect(files.length).toBeGreaterThan(100);
  const writable = files.filter((file) => mayWrite(workers[0]!, file) || mayWrite(master, file));
  expect(writable, 'files and directories of the site that nginx could write').toEqual([]);
  // The only place it writes: its pid file and temporary directories.
  const pid = configValue(configFile, 'pid');
  expect(pid && mayWrite(master, pid), `nginx writes its pid file ${pid}`).toBe(true);
});
