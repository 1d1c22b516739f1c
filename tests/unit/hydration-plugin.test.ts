import assert from 'node:assert/strict';
import {existsSync} from 'node:fs';
import {test} from 'node:test';
import {BROWSER_TWINS, REPLACEMENTS, browserTwin, checkedOriginal} from '../../src/hydration/plugin';

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

test('every module with a browser twin has one beside it', () => {
  for (const relative of BROWSER_TWINS) {
    const {server, browser} = browserTwin(relative);
    assert.ok(existsSync(server) && existsSync(browser), relative);
    assert.equal(browser, server.replace(/\.tsx$/, '.browser.tsx'));
  }
});

test('a twin that is listed but missing stops the build and names it', () => {
  assert.throws(() => browserTwin('../components/NoSuch/index.tsx'), /BROWSER_TWINS lists \.\.\/components\/NoSuch\/index\.tsx, but .*NoSuch\/index\.tsx does not exist/);
});
