import assert from 'node:assert/strict';
import {execFileSync, spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, it} from 'node:test';
import {checkContent, checkContentReport, formatProblem} from '../../scripts/content/check';

const root = path.resolve(import.meta.dirname, '..', '..');
const fixture = path.join(root, 'tests', 'fixtures', 'bad-content');

describe('content check on malformed content', async () => {
  const messages = (await checkContent(fixture)).map(formatProblem);
  const expectProblem = (pattern: RegExp) =>
    assert.ok(messages.some((message) => pattern.test(message)), `expected ${pattern}\n got:\n${messages.join('\n')}`);

  it('names the file and line of broken front matter', () => {
    expectProblem(/^docs\/broken-front-matter\.md:\d+: front matter is not valid YAML/);
  });
  it('reports a doc missing from the sidebar and a sidebar entry with no doc', () => {
    expectProblem(/^docs\/orphan\.md:1: this doc is not in the sidebar; add 'orphan'/);
    expectProblem(/^sidebars\.ts:2: sidebar names doc 'area\/ghost', which does not exist/);
  });
  it('reports broken links and anchors with their line', () => {
    expectProblem(/^docs\/area\/links\.md:9: broken link \.\.\/missing\.md/);
    expectProblem(/^docs\/area\/links\.md:10: broken anchor #nowhere: docs\/good\.md has no such heading; known ids: section, references/);
    expectProblem(/^docs\/area\/links\.md:11: broken link \/docs\/area\/nope/);
  });
  it('reports images without alt text and missing images', () => {
    expectProblem(/^docs\/area\/links\.md:13: image \/img\/diagram\.svg has no alt text/);
    expectProblem(/^docs\/area\/links\.md:15: image \.\/missing\.png does not exist/);
  });
  it('reports unknown front matter fields, an extra h1, bare citations and a reference list without sources', () => {
    expectProblem(/^docs\/area\/links\.md:1: unknown front matter field "sidbar_label"/);
    expectProblem(/^docs\/orphan\.md:7: remove this "# " heading/);
    expectProblem(/^docs\/orphan\.md:9: bare citation \[3\]/);
    expectProblem(/^docs\/orphan\.md:11: the references section links no https:\/\/ source/);
  });
  it('reports a term spelt differently from the glossary', () => {
    expectProblem(/^docs\/area\/links\.md:11: write "컨테이너 런타임", not "컨테이너런타임" \(the spelling in src\/data\/glossary, term "container-runtime"\)$/);
  });
  it('reports an invalid CNCF data entry at the project it broke', () => {
    expectProblem(/^src\/data\/cncf\/projects\.ts:11: project "Example Runtime": maturity "retired" is not a CNCF maturity/);
    expectProblem(/^src\/data\/cncf\/projects\.ts:11: project "Example Runtime": dates\.graduated 2020-01-01 is before the accepted date 2021-05-01/);
  });
  it('fails on a current CNCF project with no Korean description, naming the project and the file to edit', () => {
    expectProblem(
      /^src\/data\/cncf\/descriptions\.ko\.ts:5: project "Example Mesh" \(example-mesh\) has no Korean description; add 'example-mesh': \{from: '81dae724f2fe', ko: '…'\} here, .* written from "A service mesh that has no Korean description yet\."/,
    );
  });
  it('fails on a Korean description of a project that is gone, and on one that misspells a glossary term', () => {
    expectProblem(/^src\/data\/cncf\/descriptions\.ko\.ts:9: 'retired-project' is not the slug of a current CNCF project; delete this entry/);
    expectProblem(/^src\/data\/cncf\/descriptions\.ko\.ts:5: 'example-runtime': write "컨테이너 런타임", not "컨테이너런타임"/);
  });
  it('lists a stale Korean description as a warning, not a problem', async () => {
    const {problems, warnings} = await checkContentReport(fixture);
    const stale = /^src\/data\/cncf\/descriptions\.ko\.ts:5: project "Example Runtime" \(example-runtime\): the English description changed after this Korean one was written \(from: '0123456789ab', now '0ce64cd7aa02'\)/;
    assert.deepEqual(warnings.map(formatProblem).filter((message) => stale.test(message)).length, 1, warnings.map(formatProblem).join('\n'));
    assert.ok(!problems.map(formatProblem).some((message) => /changed after this Korean one/.test(message)));
  });
  it('runs markdownlint with the repository rules', () => {
    expectProblem(/^docs\/orphan\.md:15: MD004\/ul-style: Unordered list style \(Expected: dash; Actual: asterisk\)/);
  });
  it('reports a blog post linking a doc by file, which the build cannot resolve', () => {
    expectProblem(/^blog\/2026-01-01-post\.md:16: link \.\.\/docs\/good\.md crosses from the blog into the docs; .* link its URL instead: \/docs\/good$/);
  });
  it('reports unknown blog authors and tags', () => {
    expectProblem(/^blog\/2026-01-01-post\.md:1: unknown author "ghostwriter"; use a key from blog\/authors\.yml \(editorial\)/);
    expectProblem(/^blog\/2026-01-01-post\.md:1: unknown tag "rumours"/);
  });
  it('finds nothing wrong in a correct doc, its inline code or its code blocks', () => {
    assert.deepEqual(messages.filter((message) => message.startsWith('docs/good.md')), []);
    assert.ok(!messages.some((message) => message.includes('unknown tag "announcement"')));
  });
});

describe('content check on a site whose only fault is a stale Korean description', () => {
  it('prints the stale description as a warning with its file and line, and passes', () => {
    const site = mkdtempSync(path.join(tmpdir(), 'content-check-stale-'));
    try {
      mkdirSync(path.join(site, 'src', 'data', 'cncf'), {recursive: true});
      writeFileSync(path.join(site, 'sidebars.ts'), 'export default {};\n');
      const snapshot = readFileSync(path.join(root, 'src', 'data', 'cncf', 'projects.ts'), 'utf8');
      // The real data with containerd's English changed: its Korean description is now stale.
      const changed = snapshot.replace('"An open and reliable container runtime"', '"An industry-standard container runtime"');
      assert.notEqual(changed, snapshot);
      writeFileSync(path.join(site, 'src', 'data', 'cncf', 'projects.ts'), changed.replace("from './types'", `from '${path.join(root, 'src', 'data', 'cncf', 'types')}'`));
      const descriptions = readFileSync(path.join(root, 'src', 'data', 'cncf', 'descriptions.ko.ts'), 'utf8');
      writeFileSync(
        path.join(site, 'src', 'data', 'cncf', 'descriptions.ko.ts'),
        descriptions.replace("from './descriptions'", `from '${path.join(root, 'src', 'data', 'cncf', 'descriptions')}'`),
      );
      const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-content.ts', site], {cwd: root, encoding: 'utf8'});
      assert.equal(result.status, 0, result.stderr);
      const line = descriptions.split('\n').findIndex((text) => text.startsWith("  'containerd': {")) + 1;
      assert.match(
        result.stderr,
        new RegExp(`^src/data/cncf/descriptions\\.ko\\.ts:${line}: warning: project "containerd" \\(containerd\\): the English description changed`, 'm'),
      );
      assert.match(result.stderr, /check the Korean against "An industry-standard container runtime"/);
      assert.match(result.stderr, /content check: 1 warning\(s\); they do not fail the check/);
      assert.match(result.stdout, /content check: no problems \(1 warning\(s\) above\)/);
    } finally {
      rmSync(site, {recursive: true, force: true});
    }
  });
});

describe('content check on this repository', () => {
  it('finds no problems in docs/ and blog/', async () => {
    assert.deepEqual((await checkContent(root)).map(formatProblem), []);
  });


  it('fails from the command line with file:line messages and changes no file', () => {
    const before = execFileSync('git', ['status', '--porcelain'], {cwd: root, encoding: 'utf8'});
    let output = '';
    let status = 0;
    try {
      execFileSync(process.execPath, ['--import', 'tsx', 'scripts/check-content.ts', fixture], {cwd: root, encoding: 'utf8', stdio: 'pipe'});
    } catch (error) {
      const failure = error as {status: number; stderr: string};
      status = failure.status;
      output = failure.stderr;
    }
    assert.equal(status, 1);
    assert.match(output, /^docs\/orphan\.md:1: this doc is not in the sidebar/m);
    assert.match(output, /content check: \d+ problem\(s\)/);
    assert.equal(execFileSync('git', ['status', '--porcelain'], {cwd: root, encoding: 'utf8'}), before);
  });
});
