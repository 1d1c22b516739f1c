import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import path from 'node:path';
import {describe, it} from 'node:test';
import {checkContent, formatProblem} from '../../scripts/content/check';

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
    expectProblem(/^docs\/area\/links\.md:11: write "컨테이너 런타임", not "컨테이너런타임" \(the spelling in src\/data\/glossary\/terms\.ts, term "container-runtime"\)$/);
  });
  it('rejects each spelling the vocabulary avoids, with its line and the spelling to write', () => {
    const cases: Array<[line: number, wrong: string, right: string, source: string]> = [
      [7, '아카이브', '보관', 'term "archived"'],
      [8, '이미지 저장소', '이미지 스토어', 'term "image-store"'],
      [9, '콘텐츠 저장소', '콘텐츠 스토어', 'term "content-store"'],
      [10, '지원 중단', '사용 중단', 'term "deprecated"'],
      [11, '폐기 예정', '사용 중단', 'term "deprecated"'],
      [12, '부 버전', '마이너 버전', 'term "minor-version"'],
      [13, '유니온', '유니언', 'term "union-filesystem"'],
      [14, '관측성', '관찰 가능성', 'term "observability"'],
      [15, '관측 가능성', '관찰 가능성', 'term "observability"'],
      [16, '프로덕션', '운영 환경', 'term "production"'],
      [17, '컨퍼런스', '콘퍼런스', 'term "conference"'],
      [18, '읽으십시오', '읽으세요', 'style rule "imperative"'],
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
    assert.deepEqual(messages.filter((message) => message.startsWith('docs/area/vocabulary.md:19:')), []);
  });
  it('says when a spelling applies, where the glossary says', () => {
    expectProblem(/^docs\/area\/vocabulary\.md:10: write "사용 중단", not "지원 중단" .*; deprecated는 .* 지원 종료라고 씁니다\.$/);
  });
  it('holds the UI\'s Korean text to the same vocabulary, but not its comments', () => {
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
    expectProblem(/^src\/data\/cncf\/projects\.ts:11: project "Example Runtime": dates\.graduated 2020-01-01 is before the accepted date 2021-05-01/);
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
