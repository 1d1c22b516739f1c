import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {describe, it} from 'node:test';
import {glossary} from '../../src/data/glossary';
import {STYLE_GUIDE, renderStyleGuide} from '../../scripts/terminology-table';

describe('STYLE_GUIDE.md terminology list', () => {
  const current = readFileSync(STYLE_GUIDE, 'utf8');

  it('is exactly what the glossary generates (run "npm run terms:update" if not)', () => {
    assert.equal(renderStyleGuide(current), current);
  });

  it('lists every glossary term', () => {
    for (const term of glossary) assert.ok(current.includes(`| ${term.ko.replace(/\|/g, '\\|')} |`), term.id);
  });

  it('refuses a file whose markers were removed', () => {
    assert.throws(() => renderStyleGuide('# 문체 지침\n'), /STYLE_GUIDE\.md: the marker lines .* are missing/);
  });
});
