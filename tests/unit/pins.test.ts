import assert from 'node:assert/strict';
import {existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {test} from 'node:test';
import {UNITS} from '../../src/optimizations/manifest';
import {sha256Of, storedOriginal} from '../../src/optimizations/pinned/originals';
import {assertInstalledOnce, checkedOriginal, installedCopies} from '../../src/optimizations/pinned/replacement';

const pins = UNITS.flatMap((unit) => unit.pins.map((pin) => ({unit: unit.id, pin})));

test("the manifest lists the layer's pins, so the tests below check something", () => {
  assert.ok(pins.length > 0);
});

for (const {unit, pin} of pins) {
  test(`${unit}: ${pin.packageName}/${pin.original} is installed as pinned, and its original is stored for pins:diff`, () => {
    assert.ok(existsSync(checkedOriginal(pin)));
    const stored = storedOriginal(pin);
    assert.ok(existsSync(stored), `${stored} is missing: run "npm run pins:diff -- --store"`);
    assert.equal(sha256Of(stored), pin.sha256, `${stored} is not the file ${pin.owner} pins`);
  });
}

test('an upgrade that changes a pinned file stops the build, naming the owner and how to see what changed', () => {
  const {pin} = pins[0]!;
  assert.throws(
    () => checkedOriginal({...pin, sha256: '0'.repeat(64)}),
    (error: Error) =>
      error.message.startsWith(`${pin.owner}: ${pin.packageName}/${pin.original} changed`) && error.message.includes('npm run pins:diff'),
  );
});

test('a pinned file that disappears stops the build and says so', () => {
  const {pin} = pins[0]!;
  assert.throws(() => checkedOriginal({...pin, original: 'lib/no-such-file.js'}), /no-such-file\.js no longer exists/);
});

test('a pinned package installed twice (npm nests a second version) stops the build, naming both copies and the way out', (t) => {
  // What a Docusaurus 4 canary install without overrides gave: the search plugin's `^2 || ^3` kept 3.x hoisted, 4.x nested.
  const project = mkdtempSync(path.join(os.tmpdir(), 'pins-copies-'));
  t.after(() => rmSync(project, {recursive: true, force: true}));
  const install = (folder: string, name: string, version: string) => {
    mkdirSync(path.join(project, folder), {recursive: true});
    writeFileSync(path.join(project, folder, 'package.json'), JSON.stringify({name, version}));
  };
  install('node_modules/@docusaurus/theme-common', '@docusaurus/theme-common', '3.10.2');
  install('node_modules/@docusaurus/theme-classic', '@docusaurus/theme-classic', '4.0.0-canary-6808');
  install('node_modules/@docusaurus/theme-classic/node_modules/@docusaurus/theme-common', '@docusaurus/theme-common', '4.0.0-canary-6808');
  install('node_modules/left-pad', 'left-pad', '1.3.0');

  const copies = installedCopies('@docusaurus/theme-common', path.join(project, 'node_modules'));
  assert.deepEqual(copies.map((copy) => path.relative(project, copy)).sort(), [
    'node_modules/@docusaurus/theme-classic/node_modules/@docusaurus/theme-common',
    'node_modules/@docusaurus/theme-common',
  ]);
  assert.equal(installedCopies('left-pad', path.join(project, 'node_modules')).length, 1);

  const pin = pins.find(({pin: candidate}) => candidate.packageName === '@docusaurus/theme-common')!.pin;
  assert.doesNotThrow(() => assertInstalledOnce(pin, copies.slice(0, 1), project));
  assert.throws(
    () => assertInstalledOnce(pin, copies, project),
    (error: Error) =>
      error.message.startsWith(`${pin.owner}: @docusaurus/theme-common is installed 2 times`) &&
      error.message.includes('3.10.2 in node_modules/@docusaurus/theme-common') &&
      error.message.includes('4.0.0-canary-6808 in node_modules/@docusaurus/theme-classic/node_modules/@docusaurus/theme-common') &&
      error.message.includes('overrides') &&
      error.message.includes('SITE_OPTIMIZATIONS'),
  );
});

test('every pinned package is installed once, so the pinned file is the one that runs', () => {
  for (const packageName of new Set(pins.map(({pin}) => pin.packageName))) {
    assert.equal(installedCopies(packageName).length, 1, `${packageName}: ${installedCopies(packageName).join(', ')}`);
  }
});
