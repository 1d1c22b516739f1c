import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {buildAliasTable} from '../../src/search/analyzer';
import {allowedEdits, editDistance, frontCode, frontDecode, jamoKeys, Vocabulary} from '../../src/search/fuzzy';
import {parseQuery} from '../../src/search/query';
import {rankQuery, search} from '../../src/search/rank';
import {lexiconOf, searchableText} from '../../src/search/searchIndex';
import {indexOf} from './search-site';

const distance = (a: string, b: string, max = 3) => editDistance(a, b, max);
const keysDistance = (a: string, b: string) => editDistance(jamoKeys(a), jamoKeys(b), 3);

describe('jamo keys', () => {
  it('spell a syllable as the keys that type it, compound vowels and finals as two', () => {
    assert.equal(jamoKeys('런타임'), 'ㄹㅓㄴㅌㅏㅇㅣㅁ');
    assert.equal(jamoKeys('쉬'), 'ㅅㅜㅣ');
    assert.equal(jamoKeys('닭'), 'ㄷㅏㄹㄱ');
    assert.equal(jamoKeys('의'), 'ㅇㅡㅣ');
  });

  it('leave other characters as they are', () => {
    assert.equal(jamoKeys('runc 2.0'), 'runc 2.0');
    assert.equal(jamoKeys('ㅋㅌ'), 'ㅋㅌ');
  });
});

describe('edit distance', () => {
  it('counts an insertion, a deletion, a replacement and a swap of neighbours as one edit each', () => {
    assert.equal(distance('dockerfile', 'dockerfile'), 0);
    assert.equal(distance('dockrfile', 'dockerfile'), 1);
    assert.equal(distance('dockerffile', 'dockerfile'), 1);
    assert.equal(distance('kubernates', 'kubernetes'), 1);
    assert.equal(distance('contianerd', 'containerd'), 1);
    assert.equal(distance('ab', 'ba'), 1);
    assert.equal(distance('', 'abc'), 3);
  });

  it('gives up past the limit', () => {
    assert.equal(editDistance('containerd', 'kubernetes', 2), Infinity);
    assert.equal(editDistance('runc', 'runtime', 2), Infinity);
    assert.equal(editDistance('abcd', 'abdc', 0), Infinity);
  });

  it('measures a Korean slip in keys: one 초성, 중성 or 종성, or a final typed onto the next syllable', () => {
    assert.equal(keysDistance('런타입', '런타임'), 1, '종성');
    assert.equal(keysDistance('컨테이어', '컨테이너'), 1, '초성');
    assert.equal(keysDistance('쿠바네티스', '쿠버네티스'), 1, '중성');
    assert.equal(keysDistance('하이퍼바이져', '하이퍼바이저'), 1, '중성');
    assert.equal(keysDistance('캐쉬', '캐시'), 1, 'a compound vowel');
    assert.equal(keysDistance('컨테인어', '컨테이너'), 1, 'the final typed onto the wrong syllable');
    assert.equal(keysDistance('런타임', '컨테이너'), Infinity, 'different words are more than three keys apart');
  });
});

describe('allowed edits', () => {
  it('grow with the length of the word, and are none for short words', () => {
    assert.deepEqual(
      ['ctr', 'runc', 'crictl', 'containerd'].map((word) => allowedEdits(word, 'latin')),
      [0, 1, 1, 2],
    );
    assert.deepEqual(
      ['런', '캐쉬', '런타입', '쿠바네티스'].map((word) => allowedEdits(jamoKeys(word), 'hangul')),
      [0, 1, 1, 2],
    );
  });

  it('find the closest known word, the more frequent of two as close, and none beyond reach', () => {
    const frequencies = new Map([
      ['containerd', 5],
      ['container', 9],
      ['runc', 3],
      ['rung', 7],
    ]);
    const latin = new Vocabulary(frequencies.keys(), 'latin', (word) => frequencies.get(word) ?? 0);
    assert.deepEqual(latin.closest('contianerd'), {word: 'containerd', distance: 1});
    assert.deepEqual(latin.closest('containr'), {word: 'container', distance: 1});
    assert.deepEqual(latin.closest('runx'), {word: 'rung', distance: 1}, 'runc and rung are as close; rung is more frequent');
    assert.equal(latin.closest('rnc'), undefined, 'three letters are too few to correct');
    assert.equal(latin.closest('cotnianre'), undefined, 'three edits are too many');
    const hangul = new Vocabulary(['런타임', '컨테이너'], 'hangul', () => 1);
    assert.deepEqual(hangul.closest('런타입'), {word: '런타임', distance: 1});
    assert.equal(hangul.closest('런닝'), undefined);
  });
});

describe('the vocabulary in the index', () => {
  it('is front-coded and decodes to the same words', () => {
    const words = ['런타임', '컨테이너', '컨테이너화', '컨트롤'];
    assert.equal(frontCode(words), '0런타임 0컨테이너 4화 1트롤');
    assert.deepEqual(frontDecode(frontCode(words)), words);
    assert.deepEqual(frontDecode(''), []);
  });
});

describe('queries with a slip', () => {
  const site = indexOf(
    [
      {
        url: '/docs/runtime',
        title: '컨테이너 런타임',
        sections: [{heading: '정의', text: '컨테이너 런타임은 containerd처럼 컨테이너를 실행하는 프로그램입니다.'}],
      },
      {
        url: '/docs/layers',
        title: '레이어',
        sections: [{heading: '정의', text: '이미지 레이어는 읽기 전용이고 빌드 캐시로 재사용됩니다.'}],
      },
      {url: '/docs/k8s', title: '오케스트레이션', sections: [{heading: 'Kubernetes', text: 'Kubernetes는 파드를 노드에 배치합니다.'}]},
      {url: '/docs/vm', title: '가상머신', sections: [{heading: '하이퍼바이저', text: '하이퍼바이저가 하드웨어를 가상화합니다.'}]},
    ],
    {aliases: [{id: 'kubernetes', forms: ['Kubernetes', '쿠버네티스', 'k8s']}]},
  );
  const first = (query: string) => search(site, query, 100)[0]?.document.u;
  const corrected = (query: string, literal = false) => rankQuery(site, query, {literal}).plan.corrected;

  it('read a mistyped word as the closest word the index knows, and say so', () => {
    for (const [query, page, asRead] of [
      ['런타입', '/docs/runtime', '런타임'],
      ['컨테이어 런타임', '/docs/runtime', '컨테이너 런타임'],
      ['런타입의 정의', '/docs/runtime', '런타임의 정의'],
      ['contianerd', '/docs/runtime', 'containerd'],
      ['하이퍼바이져', '/docs/vm', '하이퍼바이저'],
      ['빌드 캐쉬', '/docs/layers', '빌드 캐시'],
    ] as const) {
      assert.equal(first(query), page, query);
      assert.equal(corrected(query), asRead, query);
    }
  });

  it('find a glossary spelling through the corrected word: 쿠바네티스 → 쿠버네티스 = Kubernetes', () => {
    assert.equal(first('쿠바네티스'), '/docs/k8s');
    assert.equal(corrected('쿠바네티스'), '쿠버네티스');
  });

  it('put a plural back on a corrected Latin word: kubernates → kubernetes', () => {
    assert.equal(corrected('kubernates'), 'kubernetes');
    assert.equal(first('kubernates'), '/docs/k8s');
  });

  it('correct nothing in words the index knows, a compound of them, or a word still being typed', () => {
    for (const query of [
      '런타임',
      '컨테이너런타임',
      '컨테이너 런타',
      '런타',
      'contain',
      'kubernetes',
      'k8s',
      '레이어랑',
      '쿠버네티스',
      'ㄹㅇㅇ',
    ]) {
      assert.equal(corrected(query), undefined, query);
    }
  });

  it('correct nothing in a word the documents only write inside a longer one', () => {
    const glued = indexOf([
      {url: '/docs/storage', title: '저장소', sections: [{heading: '고르기', text: '스토리지드라이버를 고릅니다.'}]},
      {url: '/docs/disk', title: '디스크', sections: [{heading: '장치', text: '드라이브를 연결합니다.'}]},
    ]);
    // 드라이버 is one key from 드라이브, a word of its own; but it is in 스토리지드라이버.
    assert.equal(rankQuery(glued, '드라이버 고르기').plan.corrected, undefined);
    assert.equal(search(glued, '드라이버 고르기', 100)[0]?.document.u, '/docs/storage');
  });

  it('correct nothing in a compound of known words, though a part is one key from another word', () => {
    const site = indexOf([
      {url: '/docs/layers', title: '이미지 레이어', sections: [{heading: '레이어', text: '이미지 레이어를 쌓습니다.'}]},
      {url: '/docs/laser', title: '레이저', sections: [{heading: '빛', text: '레이저는 빛입니다.'}]},
    ]);
    assert.equal(rankQuery(site, '이미지레이어').plan.corrected, undefined);
    assert.equal(search(site, '이미지레이어', 100)[0]?.document.u, '/docs/layers');
  });

  it('read the last word as one still being typed, as the input method shows it between keys (런탕 on the way to 런타임)', () => {
    assert.equal(corrected('런탕'), undefined);
    assert.equal(first('런탕'), '/docs/runtime');
  });

  it('correct nothing when asked to search the words as typed', () => {
    assert.equal(corrected('런타입', true), undefined);
    assert.notEqual(search(site, '런타입', 100, {literal: true})[0]?.tokens.join(), '런타임');
  });

  it('give a corrected word less credit than a word found as typed or by its beginning', () => {
    const plan = parseQuery('런타입', buildAliasTable([]), () => [], {lexicon: lexiconOf(site)});
    const credits = plan.concepts.flatMap((concept) => concept.alternatives.map((alternative) => alternative.credit));
    assert.ok(credits.length > 0 && credits.every((credit) => credit < 0.7), `credits ${credits.join(', ')}`);
  });

  it('highlight the corrected word', () => {
    const [result] = search(site, '런타입', 100);
    assert.ok(result?.tokens.includes('런타임'));
    assert.ok((result?.metadata['match']?.t.position.length ?? 0) > 0);
  });
});

describe('searchable text', () => {
  it('leaves out diagrams drawn with characters, and keeps the words and prose arrows', () => {
    assert.equal(searchableText('kubelet ─(CRI)─▶ containerd ──► runc'), 'kubelet (CRI) containerd runc');
    assert.equal(searchableText('물리 서버 └─ 하이퍼바이저 ├─ VM │ ▼ 커널'), '물리 서버 하이퍼바이저 VM 커널');
    assert.equal(searchableText('a --> b <== c +-----+ | d \\ e'), 'a b c d e');
    assert.equal(
      searchableText('4 → 11 → 12, docker stop / docker kill, --cap-drop=ALL, a->b'),
      '4 → 11 → 12, docker stop / docker kill, --cap-drop=ALL, a->b',
    );
    assert.equal(searchableText('줄\n  바꿈과\t공백'), '줄 바꿈과 공백');
  });
});
