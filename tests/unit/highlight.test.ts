import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {prismThemeCss} from '../../src/optimizations/build-time-highlighting/css';
import {linesHtml} from '../../src/optimizations/build-time-highlighting/html';
import remarkHighlight, {highlight} from '../../src/optimizations/build-time-highlighting/remark';
import {darkCodeTheme, lightCodeTheme} from '../../src/css/codeThemes';
import {alignLines, decodeLines, encodeLines} from '../../src/optimizations/build-time-highlighting/tokens';

type Code = {type: 'code'; lang?: string; value: string; position: {start: {line: number}}; data?: {hProperties?: {tokens?: string}}};

function markdownWith(...blocks: Array<Omit<Code, 'type' | 'position'>>): {type: 'root'; children: Code[]} {
  return {type: 'root', children: blocks.map((block, index) => ({type: 'code', position: {start: {line: 3 + index * 5}}, ...block}))};
}

const text = (lines: ReturnType<typeof decodeLines>): string[] =>
  lines.map((line) => line.map((token) => (token.empty ? '' : token.content)).join(''));

describe('build-time highlighting', () => {
  const transform = remarkHighlight({languages: ['bash', 'docker']});

  it('stores each block’s tokens, line by line, on the code element', () => {
    const tree = markdownWith({lang: 'dockerfile', value: 'FROM alpine:3.20\n\nRUN apk add curl'});
    transform(tree, {path: 'docs/example.md'});
    const lines = decodeLines(JSON.parse(tree.children[0]!.data!.hProperties!.tokens!));
    assert.deepEqual(text(lines), ['FROM alpine:3.20', '', 'RUN apk add curl']);
    assert.deepEqual(lines[0]![0], {types: ['instruction', 'keyword'], content: 'FROM'});
  });

  it('treats a block without a language as plain text', () => {
    const tree = markdownWith({value: 'just <text>'});
    transform(tree, {path: 'docs/example.md'});
    assert.deepEqual(JSON.parse(tree.children[0]!.data!.hProperties!.tokens!), [['just <text>']]);
  });

  it('names the file, the line and the language Prism does not know', () => {
    const tree = markdownWith({lang: 'bash', value: 'ls'}, {lang: 'klingon', value: 'Qapla'});
    assert.throws(
      () => transform(tree, {path: 'docs/runtimes/overview.md'}),
      /^Error: docs\/runtimes\/overview\.md:8: code block language "klingon" has no Prism grammar/,
    );
  });

  it('round-trips tokens through the page format', () => {
    const lines = highlight('echo "$HOME" # home\n\nexit 0\n', 'bash')!;
    assert.deepEqual(text(decodeLines(encodeLines(lines))), ['echo "$HOME" # home', '', 'exit 0']);
    assert.deepEqual(
      decodeLines(encodeLines(lines))
        .flat()
        .filter((token) => token.types.includes('comment')),
      [{types: ['comment'], content: '# home'}],
    );
  });

  it('lines up tokens with the code the theme shows after dropping magic comments', () => {
    const built = decodeLines(encodeLines(highlight('# highlight-next-line\necho a\necho b', 'bash')!));
    const shown = alignLines('echo a\necho b\nnew line', built);
    assert.deepEqual(text(shown), ['echo a', 'echo b', 'new line']);
    assert.ok(shown[0]!.some((token) => token.types.includes('builtin')));
    assert.deepEqual(shown[2], [{types: ['plain'], content: 'new line'}]);
  });

  it('writes one stylesheet with the light colours at the root and the dark ones under data-theme', () => {
    const css = prismThemeCss(lightCodeTheme, darkCodeTheme);
    assert.match(css, /^:root\{--prism-color:#1f2328;--prism-background-color:#f6f8fa\}$/m);
    assert.match(css, /^\[data-theme='dark'\]\{--prism-color:#e6edf3;--prism-background-color:#161b22\}$/m);
    assert.match(css, /(^|,)\.prism-code \.token\.keyword[,{][^\n]*\{color:#b31d28\}$/m);
    assert.match(css, /\[data-theme='dark'\] \.prism-code \.token\.keyword[,{][^\n]*\{color:#ff7b72\}$/m);
    // Comments are upright: they are often Korean, which has no italic.
    assert.match(css, /\.prism-code \.token\.comment[,{][^\n]*\{color:#57606a\}$/m);
    assert.match(css, /\.prism-code \.token\.bold\{font-weight:bold\}$/m);
  });

  it('draws lines as the theme does, escaping the code, with highlighted lines and line numbers', () => {
    const lines = decodeLines(encodeLines(highlight('echo "<b>&"\n\nexit', 'bash')!));
    const styles = {codeLine: 'codeLine_x', codeLineNumber: 'codeLineNumber_x', codeLineContent: 'codeLineContent_x'};
    const plain = linesHtml(lines, {lineClassNames: {2: ['theme-code-block-highlighted-line']}, showLineNumbers: false, styles});
    assert.equal(
      plain,
      '<div class="token-line"><span class="token builtin class-name">echo</span><span class="token plain"> </span>' +
        '<span class="token string">&quot;&lt;b&gt;&amp;&quot;</span><br></div>' +
        '<div class="token-line"><br></div>' +
        '<div class="token-line theme-code-block-highlighted-line"><span class="token builtin class-name">exit</span><br></div>',
    );
    const numbered = linesHtml(lines.slice(2), {lineClassNames: {}, showLineNumbers: true, styles});
    assert.equal(
      numbered,
      '<div class="token-line codeLine_x"><span class="codeLineNumber_x"></span><span class="codeLineContent_x">' +
        '<span class="token builtin class-name">exit</span></span><br></div>',
    );
  });
});
