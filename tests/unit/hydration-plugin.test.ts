import assert from 'node:assert/strict';
import {existsSync} from 'node:fs';
import {test} from 'node:test';
import {REPLACEMENTS, checkedOriginal} from '../../src/hydration/plugin';

test('every module the hydration plugin replaces is installed, unchanged since its copy was written', () => {
  for (const entry of REPLACEMENTS) assert.ok(existsSync(checkedOriginal(entry)), entry.original);
});

test('an upgrade that changes a replaced module stops the build with the file and what to do', () => {
  const [entry] = REPLACEMENTS;
  assert.throws(
    () => checkedOriginal({...entry!, sha256: '0'.repeat(64)}),
    (error: Error) =>
      error.message.includes(`${entry!.packageName}/${entry!.original} changed`) && error.message.includes('src/hydration/'),
  );
});

test('a replaced module that disappears stops the build and says so', () => {
  const [entry] = REPLACEMENTS;
  assert.throws(
    () => checkedOriginal({...entry!, original: 'lib/client/no-such-file.js'}),
    /no-such-file\.js no longer exists/,
  );
});
