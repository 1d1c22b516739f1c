import assert from 'node:assert/strict';
import path from 'node:path';
import {test} from 'node:test';
import {checkBuild, pagePath, rawEmphasisIn} from '../../scripts/check-rendered';

const FIXTURE = path.join(import.meta.dirname, '..', 'fixtures', 'rendered');

test('a page with unclosed emphasis fails the check, named by its path, with the text around the marker', () => {
  const {pages, problems} = checkBuild(FIXTURE);
  assert.equal(pages, 2, 'assets/ holds no pages');
  assert.deepEqual(problems, [
    {page: '/docs/bad', excerpt: 'CRI에는 OCI 명세에 없는 **파드 샌드박스(pod sandbox)**라는 개념이 있…'},
    {page: '/docs/bad', excerpt: '표 안의 __밑줄 강조__도 찾습니다'},
  ]);
});

test('code, scripts, the head and figures are not prose', () => {
  assert.deepEqual(
    rawEmphasisIn(
      '<html><head><title>**a**</title></head><body><p><code>__init__</code> <kbd>**</kbd></p><pre>**</pre><svg><text>__x__</text></svg><script>2**3</script></body></html>',
    ),
    [],
  );
  assert.deepEqual(rawEmphasisIn('<p>a **b</p>'), ['a **b']);
});

test('a long text is cut around its first marker', () => {
  const [excerpt] = rawEmphasisIn(`<p>${'가'.repeat(50)}**${'나'.repeat(50)}</p>`);
  assert.equal(excerpt, `…${'가'.repeat(30)}**${'나'.repeat(30)}…`);
});

test('built files map to the paths readers open', () => {
  assert.equal(pagePath(path.join('docs', 'runtimes', 'overview.html')), '/docs/runtimes/overview');
  assert.equal(pagePath(path.join('blog', 'index.html')), '/blog');
  assert.equal(pagePath('index.html'), '/');
  assert.equal(pagePath('404.html'), '/404');
});
