import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import os from 'node:os';
import path from 'node:path';
import {after, test} from 'node:test';
import {applyPatches, writePatchedCopy} from '../../src/pinned/patchedCopy';
import {SEARCH_BAR} from '../../src/search/searchBar';
import {SEARCH_PAGE} from '../../src/search/searchPage';

const require = createRequire(import.meta.url);
const dir = mkdtempSync(path.join(os.tmpdir(), 'search-patches-'));
after(() => rmSync(dir, {recursive: true, force: true}));

test('the installed search page is patched to set its results in a transition', () => {
  const original = require.resolve(SEARCH_PAGE.file);
  const {patched} = writePatchedCopy(SEARCH_PAGE, path.join(dir, 'page'), original);
  assert.equal(path.basename(patched), 'SearchPage.jsx');
  const text = readFileSync(patched, 'utf8');
  assert.match(text, /import React, \{ startTransition, useCallback, useEffect, useMemo, useRef, useState \}/);
  assert.match(text, /if \(!isBrowser\) return;\n\s+updateSearchPath\(searchQuery\);/);
  assert.match(text, /<SearchPageContent key=\{isBrowser \? "browser" : "server"\} typed=\{typed\}\/>/);
  assert.match(text, /startTransition\(\(\) => \{\s+setSearchWorkerReady\(true\);\s+setSearchResults\(results\);\s+setShownCount\(RESULTS_AT_ONCE\);\s+\}\);/);
  assert.match(text, /searchResults\.slice\(0, shownCount\)\.map/);
  assert.match(text, /<MoreResults remaining=\{searchResults\.length - shownCount\} onMore=\{showMore\}\/>/);
  assert.match(text, /aria-label=\{translate\(\{ id: "theme\.SearchPage\.inputLabel", message: "Search" \}\)\}/);
  assert.doesNotMatch(text, /from "\.{1,2}\//, 'relative imports would not resolve from the copy');
  assert.ok(text.includes(`from ${JSON.stringify(path.resolve(path.dirname(original), '../hooks/useSearchQuery'))}`));
});

test('the installed navbar box is patched to name its input by a translation and to open the search page for what it says', () => {
  const original = require.resolve(SEARCH_BAR.file);
  const text = readFileSync(writePatchedCopy(SEARCH_BAR, path.join(dir, 'bar'), original).patched, 'utf8');
  assert.match(text, /aria-label=\{translate\(\{ id: "theme\.SearchBar\.inputLabel", message: "Search" \}\)\} className=\{`navbar__search-input/);
  assert.doesNotMatch(text, /aria-label="Search"/);
  assert.match(text, /params\.set\("q", searchBarRef\.current\?\.value \|\| query\);\n\s+const typedUrl = `\$\{baseUrl\}search\/\?\$\{params\.toString\(\)\}`;\n\s+a\.href = typedUrl;/);
  assert.match(text, /history\.push\(typedUrl\);/);
  assert.doesNotMatch(text, /from "\.{1,2}\//, 'relative imports would not resolve from the copy');
  assert.ok(text.includes(`from ${JSON.stringify(path.resolve(path.dirname(original), 'SearchBar.module.css'))}`));
});

test('a changed file stops the build and says which patch to check', () => {
  const changed = path.join(dir, 'SearchBar.jsx');
  writeFileSync(changed, `${readFileSync(require.resolve(SEARCH_BAR.file), 'utf8')}\n// changed`);
  assert.throws(
    () => writePatchedCopy(SEARCH_BAR, path.join(dir, 'out'), changed),
    /^Error: src\/search\/searchBar\.ts: .*SearchBar\.jsx changed since the patch was written/,
  );
});

test('a patch that no longer applies names the text it looked for', () => {
  const original = require.resolve(SEARCH_PAGE.file);
  assert.throws(
    () => applyPatches(SEARCH_PAGE, 'export default function SearchPage() {}', original),
    /^Error: src\/search\/searchPage\.ts: .*SearchPage\.jsx no longer contains "import React/,
  );
});
