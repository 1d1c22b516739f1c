import assert from 'node:assert/strict';
import {execFileSync, spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, it} from 'node:test';
import {checkContent, checkContentReport, formatProblem} from '../../scripts/content/check';
import {codeBlocks, textDiagrams} from '../../scripts/content/diagrams';
import {sourceLines} from '../../scripts/content/markdown';
import {STALE_AFTER_DAYS} from '../../src/data/checked';

const root = path.resolve(import.meta.dirname, '..', '..');
const fixture = path.join(root, 'tests', 'fixtures', 'bad-content');
const staleFixture = path.join(root, 'tests', 'fixtures', 'stale-content');
/** The fixtures' dates are read against this day, not the clock. */
const TODAY = '2026-12-04';

describe('content check on malformed content', async () => {
  const report = await checkContentReport(fixture, {today: TODAY});
  const messages = report.problems.map(formatProblem);
  const warnings = report.warnings.map(formatProblem);
  const expectProblem = (pattern: RegExp) =>
    assert.ok(
      messages.some((message) => pattern.test(message)),
      `expected ${pattern}\n got:\n${messages.join('\n')}`,
    );

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
    expectProblem(
      /^docs\/area\/links\.md:11: write "컨테이너 런타임", not "컨테이너런타임" \(the spelling in src\/data\/glossary\/terms\.ts, term "container-runtime"\)$/,
    );
  });
  it('rejects each spelling the vocabulary avoids, with its line and the spelling to write', () => {
    const cases: Array<[line: number, wrong: string, right: string, source: string]> = [
      [9, '아카이브', '보관', 'term "archived"'],
      [10, '이미지 저장소', '이미지 스토어', 'term "image-store"'],
      [11, '콘텐츠 저장소', '콘텐츠 스토어', 'term "content-store"'],
      [12, '지원 중단', '사용 중단', 'term "deprecated"'],
      [13, '폐기 예정', '사용 중단', 'term "deprecated"'],
      [14, '부 버전', '마이너 버전', 'term "minor-version"'],
      [15, '유니온', '유니언', 'term "union-filesystem"'],
      [16, '관측성', '관찰 가능성', 'term "observability"'],
      [17, '관측 가능성', '관찰 가능성', 'term "observability"'],
      [18, '프로덕션', '운영 환경', 'term "production"'],
      [19, '컨퍼런스', '콘퍼런스', 'term "conference"'],
      [20, '읽으십시오', '읽으세요', 'style rule "imperative"'],
      [3, '컨퍼런스', '콘퍼런스', 'term "conference"'],
    ];
    for (const [line, wrong, right, source] of cases) {
      const prefix = `docs/area/vocabulary.md:${line}: write "${right}", not "${wrong}" (the spelling in src/data/glossary/`;
      assert.ok(
        messages.some((message) => message.startsWith(prefix) && message.includes(`, ${source})`)),
        `expected ${prefix}… ${source}\n got:\n${messages.filter((m) => m.startsWith('docs/area/vocabulary.md')).join('\n')}`,
      );
    }
    // Each variant once, and nothing on the line of words that only look alike (일부 버전, code, link targets).
    assert.equal(messages.filter((message) => /^docs\/area\/vocabulary\.md:\d+: write /.test(message)).length, cases.length);
    assert.deepEqual(
      messages.filter((message) => message.startsWith('docs/area/vocabulary.md:21:')),
      [],
    );
  });
  it('says when a spelling applies, where the glossary says', () => {
    expectProblem(/^docs\/area\/vocabulary\.md:12: write "사용 중단", not "지원 중단" .*; deprecated는 .* 지원 종료라고 씁니다\.$/);
  });
  it("holds the UI's Korean text to the same vocabulary, but not its comments", () => {
    expectProblem(/^src\/components\/Label\/index\.tsx:2: write "운영 환경", not "프로덕션"/);
    assert.ok(!messages.some((message) => message.startsWith('src/components/Label/index.tsx:1:')));
  });
  it('leaves the archived edition its own words, keeping only the spacing rules there', () => {
    const archived = messages.filter((message) => message.startsWith('versioned_docs/'));
    assert.deepEqual(archived, [
      'versioned_docs/version-1.0/old.md:8: write "컨테이너 런타임", not "컨테이너런타임" (the spelling in src/data/glossary/terms.ts, term "container-runtime")',
    ]);
  });
  it('reports an invalid CNCF data entry at the project it broke', () => {
    expectProblem(/^src\/data\/cncf\/projects\.ts:11: project "Example Runtime": maturity "retired" is not a CNCF maturity/);
    expectProblem(
      /^src\/data\/cncf\/projects\.ts:11: project "Example Runtime": dates\.graduated 2020-01-01 is before the accepted date 2021-05-01/,
    );
  });
  it('fails on a current CNCF project with no Korean description, naming the project and the file to edit', () => {
    expectProblem(
      /^src\/data\/cncf\/descriptions\.ko\.ts:5: project "Example Mesh" \(example-mesh\) has no Korean description; add 'example-mesh': \{from: '81dae724f2fe', ko: '…'\} here, .* written from "A service mesh that has no Korean description yet\."/,
    );
  });
  it('fails on a Korean description of a project that is gone, and on one that misspells a glossary term', () => {
    expectProblem(
      /^src\/data\/cncf\/descriptions\.ko\.ts:9: 'retired-project' is not the slug of a current CNCF project; delete this entry/,
    );
    expectProblem(/^src\/data\/cncf\/descriptions\.ko\.ts:5: 'example-runtime': write "컨테이너 런타임", not "컨테이너런타임"/);
  });
  it('lists a stale Korean description as a warning, not a problem', async () => {
    const {problems, warnings} = await checkContentReport(fixture);
    const stale =
      /^src\/data\/cncf\/descriptions\.ko\.ts:5: project "Example Runtime" \(example-runtime\): the English description changed after this Korean one was written \(from: '0123456789ab', now '0ce64cd7aa02'\)/;
    assert.deepEqual(
      warnings.map(formatProblem).filter((message) => stale.test(message)).length,
      1,
      warnings.map(formatProblem).join('\n'),
    );
    assert.ok(!problems.map(formatProblem).some((message) => /changed after this Korean one/.test(message)));
  });
  it('runs markdownlint with the repository rules', () => {
    expectProblem(/^docs\/orphan\.md:15: MD004\/ul-style: Unordered list style \(Expected: dash; Actual: asterisk\)/);
  });
  it('reports a blog post linking a doc by file, which the build cannot resolve', () => {
    expectProblem(
      /^blog\/2026-01-01-post\.md:16: link \.\.\/docs\/good\.md crosses from the blog into the docs; .* link its URL instead: \/docs\/good$/,
    );
  });
  it('reports unknown blog authors and tags', () => {
    expectProblem(/^blog\/2026-01-01-post\.md:1: unknown author "ghostwriter"; use a key from blog\/authors\.yml \(editorial\)/);
    expectProblem(/^blog\/2026-01-01-post\.md:1: unknown tag "rumours"/);
  });
  it('reports a picture drawn with text in a code block, at its line, with the advice to draw a figure', () => {
    expectProblem(
      /^docs\/area\/diagrams\.md:13: this code block draws a picture with text \("│"\); draw it as an SVG figure instead, see CONTRIBUTING\.md#figures\. If the block is program output, mark it with title="출력"/,
    );
    expectProblem(/^docs\/area\/diagrams\.md:21: this code block draws a picture with text \(an ASCII arrow, "-->"\)/);
  });
  it('allows program output marked as output, and code that only looks like art', () => {
    const diagrams = messages.filter((message) => message.startsWith('docs/area/diagrams.md'));
    assert.deepEqual(
      diagrams.map((message) => Number(message.split(':')[1])),
      [13, 21],
    );
  });
  it("leaves the archived edition's text diagrams as they were written", () => {
    assert.deepEqual(
      messages.filter((message) => message.startsWith('versioned_docs/') && message.includes('draws a picture')),
      [],
    );
  });
  it('requires checked_on and checked_versions on every current doc, saying what to write', () => {
    expectProblem(
      /^docs\/area\/unchecked\.md:1: front matter "checked_on" is missing; write the day you last checked .* e\.g\. checked_on: 2026-12-04 \(see CONTRIBUTING\.md#checking\)$/,
    );
    expectProblem(
      /^docs\/area\/unchecked\.md:1: front matter "checked_versions" is missing; list what the page describes, e\.g\. checked_versions: \[/,
    );
  });
  it('rejects a malformed checked_on or checked_versions at its line', () => {
    expectProblem(/^docs\/area\/bad-checked\.md:5: front matter "checked_on" is "4 Dec 2026"; write a calendar day as YYYY-MM-DD/);
    expectProblem(/^docs\/area\/bad-checked\.md:6: front matter "checked_versions" is "Docker Engine 29"; write a list in brackets/);
    expectProblem(/^docs\/area\/odd-checked\.md:5: front matter "checked_on" is 2026-02-30, which is not a calendar day/);
    expectProblem(/^docs\/area\/odd-checked\.md:6: front matter "checked_versions" entry 2 is empty or not text/);
    expectProblem(/^docs\/area\/odd-checked\.md:6: front matter "checked_versions" lists "containerd 2\.3" twice/);
    expectProblem(/^docs\/area\/future\.md:5: front matter "checked_on" is 2027-03-01, after today \(2026-12-04\)/);
  });
  it('accepts a quoted or an unquoted date, and asks nothing of the archived edition', () => {
    for (const file of ['docs/good.md', 'docs/area/vocabulary.md', 'versioned_docs/version-1.0/old.md']) {
      assert.deepEqual(
        messages.filter((message) => message.startsWith(file) && message.includes('checked_')),
        [],
        file,
      );
    }
  });
  it(`warns, without failing, when a check is more than ${STALE_AFTER_DAYS} days old`, () => {
    assert.deepEqual(
      warnings.filter((warning) => warning.startsWith('docs/')),
      [
        `docs/area/stale.md:5: checked_on 2025-01-10 is 693 days old (more than STALE_AFTER_DAYS = ${STALE_AFTER_DAYS} in src/data/checked.ts); ` +
          "check the page's versions, dates and defaults against its sources, fix what changed, then update checked_on and checked_versions (see CONTRIBUTING.md#checking)",
      ],
    );
    assert.ok(!messages.some((message) => message.startsWith('docs/area/stale.md')), 'a stale check is not a problem');
  });
  it('finds nothing wrong in a correct doc, its inline code or its code blocks', () => {
    assert.deepEqual(
      messages.filter((message) => message.startsWith('docs/good.md')),
      [],
    );
    assert.ok(!messages.some((message) => message.includes('unknown tag "announcement"')));
  });
});

describe('text diagrams in code blocks', () => {
  const found = (markdown: string) => textDiagrams(sourceLines(markdown, 1)).map(({line}) => line);

  it('reads each fenced block with its language and meta, also ~~~ fences and a longer fence around a shorter one', () => {
    const blocks = codeBlocks(sourceLines('~~~text title="출력"\na\n~~~\n\n````md\n```text\nb\n```\n````\n', 1));
    assert.deepEqual(
      blocks.map(({line, language, meta, body}) => ({line, language, meta, body: body.map(({text}) => text)})),
      [
        {line: 1, language: 'text', meta: 'title="출력"', body: ['a']},
        {line: 5, language: 'md', meta: '', body: ['```text', 'b', '```']},
      ],
    );
  });
  it('finds box drawing and arrows in any language, ASCII art only in plain text', () => {
    assert.deepEqual(found('```yaml\n# a → b\n```\n'), [2]);
    assert.deepEqual(found('```bash\nls | grep -- "-->" # a -> b\n```\n'), []);
    assert.deepEqual(found('```\n[a]\n  |\n[b]\n```\n'), [3]);
    assert.deepEqual(found('```text\n+------+\n| box  |\n```\n'), [2]);
  });
  it('lets output through only with the output title', () => {
    assert.deepEqual(found("```text title='출력 예시'\n├── a\n```\n"), []);
    assert.deepEqual(found('```text title="출력물"\n├── a\n```\n'), [2]);
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
      writeFileSync(
        path.join(site, 'src', 'data', 'cncf', 'projects.ts'),
        changed.replace("from './types'", `from '${path.join(root, 'src', 'data', 'cncf', 'types')}'`),
      );
      const descriptions = readFileSync(path.join(root, 'src', 'data', 'cncf', 'descriptions.ko.ts'), 'utf8');
      writeFileSync(
        path.join(site, 'src', 'data', 'cncf', 'descriptions.ko.ts'),
        descriptions.replace("from './descriptions'", `from '${path.join(root, 'src', 'data', 'cncf', 'descriptions')}'`),
      );
      const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-content.ts', site], {cwd: root, encoding: 'utf8'});
      assert.equal(result.status, 0, result.stderr);
      const line = descriptions.split('\n').findIndex((text) => /^ {2}'?containerd'?: \{/.test(text)) + 1;
      assert.match(
        result.stderr,
        new RegExp(
          `^src/data/cncf/descriptions\\.ko\\.ts:${line}: warning: project "containerd" \\(containerd\\): the English description changed`,
          'm',
        ),
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

  it('prints a stale check as a warning and still succeeds', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-content.ts', staleFixture], {
      cwd: root,
      encoding: 'utf8',
    });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /^docs\/page\.md:5: warning: checked_on 2025-01-10 is \d+ days old/m);
    assert.match(result.stdout, /content check: no problems \(1 warning\(s\) above\)/);
  });

  it('fails from the command line with file:line messages and changes no file', () => {
    const before = execFileSync('git', ['status', '--porcelain'], {cwd: root, encoding: 'utf8'});
    let output = '';
    let status = 0;
    try {
      execFileSync(process.execPath, ['--import', 'tsx', 'scripts/check-content.ts', fixture], {
        cwd: root,
        encoding: 'utf8',
        stdio: 'pipe',
      });
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
