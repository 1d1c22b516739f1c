import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import path from 'node:path';
import {describe, it} from 'node:test';
import {checkContent, formatProblem} from '../../scripts/content/check';
import {codeBlocks, textDiagrams} from '../../scripts/content/diagrams';
import {sourceLines} from '../../scripts/content/markdown';

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
  it('reports a picture drawn with text in a code block, at its line, with the advice to draw a figure', () => {
    expectProblem(/^docs\/area\/diagrams\.md:11: this code block draws a picture with text \("│"\); draw it as an SVG figure instead, see CONTRIBUTING\.md#figures\. If the block is program output, mark it with title="출력"/);
    expectProblem(/^docs\/area\/diagrams\.md:19: this code block draws a picture with text \(an ASCII arrow, "-->"\)/);
  });
  it('allows program output marked as output, and code that only looks like art', () => {
    const diagrams = messages.filter((message) => message.startsWith('docs/area/diagrams.md'));
    assert.deepEqual(diagrams.map((message) => Number(message.split(':')[1])), [11, 19]);
  });
  it('leaves the archived edition as it was written', () => {
    assert.deepEqual(messages.filter((message) => message.startsWith('versioned_docs/')), []);
  });
  it('finds nothing wrong in a correct doc, its inline code or its code blocks', () => {
    assert.deepEqual(messages.filter((message) => message.startsWith('docs/good.md')), []);
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
