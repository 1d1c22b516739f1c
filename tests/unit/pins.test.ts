import assert from 'node:assert/strict';
import {existsSync} from 'node:fs';
import {test} from 'node:test';
import {UNITS} from '../../src/optimizations/manifest';
import {sha256Of, storedOriginal} from '../../src/optimizations/pinned/originals';
import {checkedOriginal} from '../../src/optimizations/pinned/replacement';

const pins = UNITS.flatMap((unit) => unit.pins.map((pin) => ({unit: unit.id, pin})));

test('the layer pins at least the modules it swaps and the files it patches', () => {
  assert.ok(pins.length >= 7, `${pins.length} pins`);
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
