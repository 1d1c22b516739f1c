import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {appendFileSync, rmSync} from 'node:fs';
import path from 'node:path';
import {after, describe, it} from 'node:test';
import {commitAll, copySite, docusaurusBin} from '../../scripts/lib/site-copy';

// A full production build of a copy of the site with one kind of breakage at
// a time: the build itself, not only the content check, must refuse it.
function buildWith(breakage: {file: string; append: string}): {status: number | null; output: string; dir: string} {
  const dir = copySite('container-docs-broken-');
  appendFileSync(path.join(dir, breakage.file), `\n${breakage.append}\n`);
  commitAll(dir);
  const result = spawnSync(process.execPath, [docusaurusBin(dir), 'build'], {cwd: dir, encoding: 'utf8'});
  return {status: result.status, output: `${result.stdout}\n${result.stderr}`, dir};
}

describe('the production build fails on broken links', {timeout: 600_000}, () => {
  const dirs: string[] = [];
  after(() => dirs.forEach((dir) => rmSync(dir, {recursive: true, force: true})));

  it('names the source file of a broken Markdown link', () => {
    const {status, output, dir} = buildWith({file: 'docs/runtimes/runc.md', append: '[없는 문서](./no-such-doc.md)'});
    dirs.push(dir);
    assert.notEqual(status, 0);
    assert.match(output, /Markdown link with URL `\.\/no-such-doc\.md` in source file "docs\/runtimes\/runc\.md"/);
  });

  it('names the page and target of a broken link', () => {
    const {status, output, dir} = buildWith({file: 'docs/layers/storage.md', append: '[없는 페이지](/docs/no-such-page)'});
    dirs.push(dir);
    assert.notEqual(status, 0);
    assert.match(output, /Broken link on source page path = \/docs\/layers\/storage:\s+-> linking to \/docs\/no-such-page/);
  });

  it('names the page and target of a broken anchor', () => {
    const {status, output, dir} = buildWith({
      file: 'docs/layers/storage.md',
      append: '[없는 앵커](/docs/runtimes/overview#no-such-anchor)',
    });
    dirs.push(dir);
    assert.notEqual(status, 0);
    assert.match(
      output,
      /Broken anchor on source page path = \/docs\/layers\/storage:\s+-> linking to \/docs\/runtimes\/overview#no-such-anchor/,
    );
  });
});
