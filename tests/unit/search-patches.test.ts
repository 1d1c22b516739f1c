import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {after, test} from 'node:test';
import {transformSync} from 'esbuild';
import {applyPatches, writePatchedCopy} from '../../src/optimizations/pinned/patchedCopy';
import {PINS} from '../../src/optimizations/search-ui-patches/plugin';

const dir = mkdtempSync(path.join(os.tmpdir(), 'search-patches-'));
after(() => rmSync(dir, {recursive: true, force: true}));

// What the patches do is tested on the built site (tests/e2e/search.spec.ts); here, that they still make a working module.
for (const pin of PINS) {
  test(`the patched copy of ${pin.original} compiles and imports nothing relative to where it no longer is`, () => {
    const {original, patched} = writePatchedCopy(pin, path.join(dir, path.basename(pin.original)));
    const text = readFileSync(patched, 'utf8');
    assert.doesNotThrow(() => transformSync(text, {loader: 'jsx', format: 'esm'}));
    assert.doesNotMatch(text, /from "\.{1,2}\//);
    assert.notEqual(text, readFileSync(original, 'utf8'));
  });
}

test('a patch that no longer applies names its owner and the text it looked for', () => {
  const [pin] = PINS;
  assert.throws(
    () => applyPatches(pin!, 'export default function SearchPage() {}', '/x/SearchPage.jsx'),
    (error: Error) => error.message.startsWith(`${pin!.owner}: ${pin!.packageName}/${pin!.original} no longer contains "`),
  );
});

test('a patch whose text occurs twice is refused rather than applied to the first', () => {
  const [pin] = PINS;
  const [from] = pin!.patches[0]!;
  assert.throws(() => applyPatches(pin!, `${from}\n${from}`, '/x/SearchPage.jsx'), /no longer contains ".*" exactly once/s);
});
