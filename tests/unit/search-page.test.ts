import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import os from 'node:os';
import path from 'node:path';
import {after, test} from 'node:test';
import {SEARCH_PAGE, patchSearchPage, writePatchedSearchPage} from '../../src/search/searchPage';

const original = createRequire(import.meta.url).resolve(SEARCH_PAGE.file);
const dir = mkdtempSync(path.join(os.tmpdir(), 'search-page-'));
after(() => rmSync(dir, {recursive: true, force: true}));

test('the installed search page is patched to set its results in a transition', () => {
  const {patched} = writePatchedSearchPage(dir, original);
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

test('a changed search page stops the build and says what to check', () => {
  const changed = path.join(dir, 'changed.jsx');
  writeFileSync(changed, `${readFileSync(original, 'utf8')}\n// changed`);
  assert.throws(() => writePatchedSearchPage(path.join(dir, 'out'), changed), /SearchPage\.jsx changed since the patch was written/);
});

test('a patch that no longer applies names the text it looked for', () => {
  assert.throws(() => patchSearchPage('export default function SearchPage() {}', original), /no longer contains "import React/);
});
