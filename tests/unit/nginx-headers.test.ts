import assert from 'node:assert/strict';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, test} from 'node:test';
import {nginxWorkerLocations, workerScripts} from '../../scripts/nginx/headers';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, {recursive: true, force: true})));

function buildWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'headers-test-'));
  dirs.push(dir);
  mkdirSync(path.join(dir, 'assets', 'js'), {recursive: true});
  for (const [name, code] of Object.entries(files)) writeFileSync(path.join(dir, 'assets', 'js', name), code);
  return dir;
}

test('finds the chunk a bundle starts as a worker', () => {
  const dir = buildWith({
    '6139.d5d87fab.js': 'let e=f(new Worker(new URL(n.p+n.u("7734"),n.b)));',
    '7734.5696c18b.js': 'self.onmessage=()=>{};',
    '77.aaaaaaaa.js': 'console.log(1)',
  });
  assert.deepEqual(workerScripts(dir), ['/assets/js/7734.5696c18b.js']);
});

test('a build without workers has none', () => {
  assert.deepEqual(workerScripts(buildWith({'main.1.js': 'new URL("x", import.meta.url)'})), []);
});

test('a worker whose script is missing stops the build, naming the file that starts it', () => {
  const dir = buildWith({'6139.d5d87fab.js': 'new Worker(new URL(n.p+n.u("7734"),n.b))'});
  assert.throws(() => workerScripts(dir), /build\/assets\/js\/6139\.d5d87fab\.js: starts a worker whose script could not be found/);
});

test('worker locations are exact, cached as assets and carry every header given', () => {
  const text = nginxWorkerLocations(['/assets/js/7734.5696c18b.js'], {'Content-Security-Policy': "default-src 'self'"});
  assert.match(text, /^location = \/assets\/js\/7734\.5696c18b\.js \{\n/);
  assert.match(text, /add_header Cache-Control "public, max-age=31536000, immutable" always;/);
  assert.match(text, /add_header Content-Security-Policy "default-src 'self'" always;\n\}\n$/);
});
