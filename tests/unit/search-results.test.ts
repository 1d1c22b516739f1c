import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {rankQuery} from '../../src/search/rank';
import {correctionSuggestion, excerpt, pagesOf, searchPageUrl, type Marked} from '../../src/search/results';
import {indexOf, type TestPage} from './search-site';

/** Pages one level under an area, as the docs are. */
const siteOf = (pages: TestPage[]) => indexOf(pages, {breadcrumb: ['문서', '영역']});

/** `[marked]` words in a text, to compare in one string. */
const show = ({text, marks}: Marked) => {
  let out = '';
  let at = 0;
  for (const [start, length] of marks) {
    out += `${text.slice(at, start)}[${text.slice(start, start + length)}]`;
    at = start + length;
  }
  return out + text.slice(at);
};

describe('excerpts', () => {
  it('keep a short text whole', () => {
    assert.equal(show(excerpt('runc는 명령행 도구입니다.', [[0, 4]])), '[runc]는 명령행 도구입니다.');
  });

  it('cut a long text around its first match, at spaces, and say where it was cut', () => {
    const text = `${'앞 문장입니다. '.repeat(20)}여기서 runc가 컨테이너를 만듭니다. ${'뒤 문장입니다. '.repeat(20)}`;
    const start = text.indexOf('runc');
    const cut = excerpt(text, [[start, 4]], 80);
    assert.ok(cut.text.startsWith('…') && cut.text.endsWith('…'), cut.text);
    assert.ok(cut.text.length <= 80 + 2 + 24, `${cut.text.length} characters`);
    assert.match(show(cut), /\[runc\]가 컨테이너를/);
    assert.ok(!/^…\S*[^ ]… /.test(cut.text), 'cut inside a word');
  });

  it('drop marks outside the window and clip one that crosses its edge', () => {
    const text = `runc ${'가'.repeat(300)} runc`;
    const cut = excerpt(
      text,
      [
        [0, 4],
        [text.length - 4, 4],
      ],
      50,
    );
    assert.equal(show(cut).match(/\[/g)?.length, 1);
    assert.ok(show(cut).startsWith('[runc]'));
  });
});

describe('results grouped by page', () => {
  const site = siteOf([
    {
      url: '/docs/runc',
      title: 'runc',
      description: 'runc를 설명하는 문서입니다.',
      intro: 'runc는 OCI 런타임 명세의 참조 구현입니다.',
      sections: [
        {heading: 'runc', text: 'runc라는 이름은 run container에서 왔습니다.'},
        {heading: '역사', text: 'runc는 libcontainer에서 출발했습니다.'},
        {heading: '설치', text: '패키지로 runc를 설치합니다.'},
        {heading: '다른 주제', text: '여기에는 찾는 낱말이 없습니다.'},
      ],
    },
    {
      url: '/docs/crun',
      title: 'crun',
      description: 'C로 쓴 런타임입니다.',
      sections: [{heading: 'runc와 비교', text: 'crun은 runc보다 작습니다.'}],
    },
  ]);
  const answer = pagesOf(site, rankQuery(site, 'runc'), 10);

  it('lists each page once, best first', () => {
    assert.deepEqual(
      answer.pages.map((page) => page.url),
      ['/docs/runc', '/docs/crun'],
    );
  });

  it("puts the page's matching sections under it, with their anchors, and leaves out sections that do not match", () => {
    const [runc] = answer.pages;
    assert.deepEqual(
      runc?.sections.map((section) => section.url),
      ['/docs/runc#s1', '/docs/runc#s2'],
    );
    assert.deepEqual(
      runc?.sections.map((section) => show(section.heading)),
      ['역사', '설치'],
    );
    assert.match(show(runc?.sections[0]?.excerpt ?? {text: '', marks: []}), /^\[runc\]는 libcontainer/);
  });

  it("gives the page's opening text, or a heading named like the page, to the page itself rather than a section", () => {
    const [runc] = answer.pages;
    assert.equal(show(runc?.title ?? {text: '', marks: []}), '[runc]');
    assert.deepEqual(runc?.path, ['문서', '영역']);
    assert.ok(runc?.excerpt, 'the page has an excerpt');
    assert.ok(!runc?.sections.some((section) => section.heading.text === 'runc'));
  });

  it('lists at most three sections of a page, the best first', () => {
    const many = siteOf([
      {
        url: '/docs/many',
        title: '많은 절',
        sections: ['첫째', '둘째', '셋째', '넷째', '다섯째'].map((heading) => ({heading, text: `${heading} 절도 overlay2를 설명합니다.`})),
      },
    ]);
    assert.equal(pagesOf(many, rankQuery(many, 'overlay2'), 10).pages[0]?.sections.length, 3);
  });

  it('shows a page matched by its sections with its description', () => {
    const crun = answer.pages[1];
    assert.equal(crun?.excerpt?.text, 'C로 쓴 런타임입니다.');
    assert.equal(show(crun?.sections[0]?.heading ?? {text: '', marks: []}), '[runc]와 비교');
  });

  it('says what a corrected query was read as', () => {
    assert.equal(pagesOf(site, rankQuery(site, 'runc'), 10).corrected, undefined);
    assert.equal(pagesOf(site, rankQuery(site, 'runx'), 10).corrected, 'runc', 'four letters may be one off');
    assert.equal(pagesOf(site, rankQuery(site, 'rnc'), 10).corrected, undefined, 'three may not');
    const corrected = pagesOf(site, rankQuery(site, 'libcontainr'), 10);
    assert.equal(corrected.corrected, 'libcontainer');
    assert.equal(corrected.pages[0]?.url, '/docs/runc');
  });
});

describe('the navbar notice', () => {
  const site = siteOf([{url: '/docs/runc', title: 'runc', sections: [{heading: '역사', text: 'runc는 libcontainer에서 출발했습니다.'}]}]);

  it('says what the query was read as, marked, and leads to the search page for the query as typed, in its docs version', () => {
    const notice = correctionSuggestion(site, '/docs/1.0/', '', 'libcontainr 역사', 'libcontainer 역사');
    assert.equal(notice.document.t, "'libcontainer 역사'(으)로 찾은 결과입니다");
    const [[start, length] = [0, 0]] = notice.metadata['match']?.t.position ?? [];
    assert.equal(notice.document.t.slice(start, start + length), 'libcontainer 역사');
    assert.equal(notice.document.u, `/search?q=${encodeURIComponent('libcontainr')}+${encodeURIComponent('역사')}&version=docs%2F1.0%2F`);
    assert.deepEqual(notice.tokens, [], 'no words for the plugin to add to the link');
  });

  it('keeps what the reader typed out of the line the plugin writes as HTML', () => {
    const notice = correctionSuggestion(site, '/', '', '<img src=x onerror=alert(1)>', '<img>');
    assert.ok(!(notice.document.b ?? []).join('').includes('<'));
    assert.equal(notice.page, undefined);
  });

  it('links the latest docs without a version', () => {
    assert.equal(searchPageUrl('/', '/', '', '런타입'), `/search?q=${encodeURIComponent('런타입')}`);
  });
});
