import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {
  buildAliasTable,
  CANONICAL_PREFIX,
  codeTerms,
  indexTokens,
  initialsOf,
  stripEndings,
  words,
  type AliasGroup,
} from '../../src/search/analyzer';
import {glossaryAliases} from '../../src/search/plugin';
import {parseQuery} from '../../src/search/query';
import {hangulCredit, search} from '../../src/search/rank';
import {buildIndexFile, type PluginIndexFile, type SearchDocument} from '../../src/search/searchIndex';
import {indexOf} from './search-site';

const pagesFor = (loaded: ReturnType<typeof indexOf>, query: string, limit = 100) => [
  ...new Set(search(loaded, query, limit).map((result) => result.document.u)),
];

const terms = (text: string, aliases: AliasGroup[] = []) => new Set(indexTokens(text, buildAliasTable(aliases)).map((token) => token.term));

describe('Korean particles and endings', () => {
  it('strips them from nouns, on both sides', () => {
    for (const [word, stem] of [
      ['런타임의', '런타임'],
      ['이미지는', '이미지'],
      ['레이어란', '레이어'],
      ['저장되나요', '저장'],
      ['실행합니다', '실행'],
      ['프로젝트들은', '프로젝트'],
      ['컨테이너에서는', '컨테이너'],
    ] as const) {
      assert.equal(stripEndings(word), stem, `${word} should reduce to ${stem}`);
    }
  });

  it('keeps two-syllable nouns whole even when they end like a particle', () => {
    for (const word of ['정의', '역할', '결과', '개요', '경로']) assert.equal(stripEndings(word), word);
  });

  it('drops a particle glued to an English word: Docker가, overlay2는', () => {
    assert.deepEqual(
      words('Docker가 overlay2는 쓴다').map((word) => word.stem),
      ['docker', 'overlay2', '쓴다'],
    );
  });

  it('finds a page whatever particle the reader adds', () => {
    const site = indexOf([
      {url: '/docs/a', title: '저장소 구조', sections: [{heading: '레이어가 저장되는 곳', text: '레이어는 디스크에 저장됩니다.'}]},
      {url: '/docs/b', title: '네트워크', sections: [{heading: '포트', text: '포트를 엽니다.'}]},
    ]);
    for (const query of ['레이어란', '저장되나요', '레이어는 어디에 저장되나요']) {
      assert.equal(pagesFor(site, query)[0], '/docs/a', query);
    }
  });
});

describe('compound words', () => {
  it('gives a compound found as spaced words nearly full credit, and scattered syllables little', () => {
    assert.equal(hangulCredit([true, true, true, true, true, true]), 1);
    assert.equal(hangulCredit([true, true, true, false, true, true]), 0.9);
    assert.ok(hangulCredit([true, false, false, false, false, true]) < 0.2);
  });

  const site = indexOf([
    {url: '/docs/runtime', title: '컨테이너 런타임이란', sections: [{heading: '정의', text: '컨테이너 런타임은 컨테이너를 실행합니다.'}]},
    {url: '/docs/build', title: '빌드', sections: [{heading: '멀티스테이지 빌드', text: '멀티스테이지 빌드로 이미지를 줄입니다.'}]},
    {url: '/docs/image', title: '컨테이너 이미지', sections: [{heading: '이미지', text: '이미지는 레이어로 이루어집니다.'}]},
  ]);

  it('matches with or without spaces: 컨테이너런타임 = 컨테이너 런타임', () => {
    assert.equal(pagesFor(site, '컨테이너런타임')[0], '/docs/runtime');
    assert.equal(pagesFor(site, '컨테이너 런타임')[0], '/docs/runtime');
  });

  it('matches with or without spaces: 멀티 스테이지 = 멀티스테이지', () => {
    assert.equal(pagesFor(site, '멀티 스테이지')[0], '/docs/build');
    assert.equal(pagesFor(site, '멀티스테이지')[0], '/docs/build');
  });
});

describe('glossary aliases', () => {
  const kubernetes: AliasGroup = {id: 'kubernetes', forms: ['Kubernetes', '쿠버네티스', 'k8s']};

  it('index every spelling under one canonical term', () => {
    const canonical = `${CANONICAL_PREFIX}kubernetes`;
    for (const text of ['쿠버네티스는 오케스트레이터입니다', 'Kubernetes cluster', 'k8s 노드']) {
      assert.ok(terms(text, [kubernetes]).has(canonical), text);
    }
    const plan = parseQuery('k8s', buildAliasTable([kubernetes]), () => []);
    assert.ok(plan.concepts[0]?.alternatives.some((alternative) => alternative.kind === 'all' && alternative.terms.includes(canonical)));
  });

  it('expand queries both ways', () => {
    const site = indexOf(
      [
        {url: '/docs/k8s', title: '오케스트레이션', sections: [{heading: '쿠버네티스', text: '쿠버네티스는 컨테이너를 배치합니다.'}]},
        {url: '/docs/en', title: 'Orchestration', sections: [{heading: 'Kubernetes', text: 'Kubernetes schedules pods.'}]},
        {url: '/docs/other', title: '기타', sections: [{heading: '도커', text: '도커는 컨테이너 도구입니다.'}]},
      ],
      {aliases: [kubernetes]},
    );
    for (const query of ['쿠버네티스', 'Kubernetes', 'k8s']) {
      assert.deepEqual(pagesFor(site, query).sort(), ['/docs/en', '/docs/k8s'], query);
    }
  });

  it('match multi-word spellings with or without spaces: 가상 머신 = 가상머신', () => {
    const vm: AliasGroup = {id: 'vm', forms: ['가상머신', 'virtual machine', 'VM']};
    for (const text of ['가상 머신은', '가상머신과', 'a virtual machine', 'VM을']) {
      assert.ok(terms(text, [vm]).has(`${CANONICAL_PREFIX}vm`), text);
    }
  });

  it('leave out a spelling two terms claim, rather than guess', () => {
    const table = buildAliasTable([
      {id: 'a', forms: ['공유', 'alpha']},
      {id: 'b', forms: ['공유', 'beta']},
    ]);
    assert.equal(table.get('공유'), undefined);
    assert.equal(table.get('alpha'), `${CANONICAL_PREFIX}a`);
  });

  it('come from the glossary for the spellings readers use', () => {
    const table = buildAliasTable(glossaryAliases());
    const same = (a: string, b: string) => {
      const keyOf = (text: string) =>
        table.get(
          words(text)
            .map((word, i, all) => (i === all.length - 1 ? word.stemKey : word.key))
            .join(''),
        );
      assert.ok(keyOf(a), `src/data/glossary: no term lists "${a}" among its spellings; add it to the term's aliases`);
      assert.equal(keyOf(a), keyOf(b), `src/data/glossary: "${a}" and "${b}" should be spellings of the same term`);
    };
    same('쿠버네티스', 'Kubernetes');
    same('k8s', 'Kubernetes');
    same('도커파일', 'Dockerfile');
    same('컨테이너디', 'containerd');
  });
});

describe('code and paths', () => {
  it('keeps a path whole and indexes its parts', () => {
    const [word] = words('/var/lib/docker/overlay2/ 아래');
    assert.ok(word);
    assert.deepEqual(codeTerms(word), {
      whole: '/var/lib/docker/overlay2',
      parts: [
        {term: 'var', start: 1, length: 3},
        {term: 'lib', start: 5, length: 3},
        {term: 'docker', start: 9, length: 6},
        {term: 'overlay2', start: 16, length: 8},
      ],
    });
  });

  it('keeps versions, names with dashes and digits as written', () => {
    assert.ok(terms('FROM ubuntu:20.04').has('ubuntu:20.04'));
    assert.ok(terms('CRI-O는').has('cri-o'));
    assert.ok(terms('overlay2 드라이버').has('overlay2'));
  });

  const site = indexOf([
    {
      url: '/docs/storage',
      title: '저장소 구조',
      sections: [{heading: '디렉터리', text: '레이어는 /var/lib/docker/overlay2/ 아래에 있습니다.'}],
    },
    {
      url: '/docs/dockerfile',
      title: 'Dockerfile',
      sections: [{heading: '예제', text: 'FROM python:3.12\nRUN pip install flask\nCMD ["python", "app.py"]'}],
    },
    {url: '/docs/other', title: '기타', sections: [{heading: 'lib', text: 'lib 디렉터리와 docker 명령'}]},
  ]);

  it('finds a path by its beginning, a command by its words', () => {
    assert.equal(pagesFor(site, '/var/lib/docker')[0], '/docs/storage');
    assert.equal(pagesFor(site, 'overlay2')[0], '/docs/storage');
    assert.equal(pagesFor(site, 'pip install flask')[0], '/docs/dockerfile');
  });
});

describe('초성 search', () => {
  it('reads the initial consonants of syllables', () => {
    assert.equal(initialsOf('컨테이너'), 'ㅋㅌㅇㄴ');
    assert.equal(initialsOf('런타임 runc'), 'ㄹㅌㅇ');
  });

  it('finds the words the initials stand for', () => {
    const site = indexOf([
      {url: '/docs/containers', title: '컨테이너', sections: [{heading: '개요', text: '컨테이너는 격리된 프로세스입니다.'}]},
      {url: '/docs/layers', title: '레이어', sections: [{heading: '개요', text: '레이어는 변경분입니다.'}]},
    ]);
    assert.equal(pagesFor(site, 'ㅋㅌㅇㄴ')[0], '/docs/containers');
    assert.equal(pagesFor(site, 'ㄹㅇㅇ')[0], '/docs/layers');
  });
});

describe('the index file', () => {
  it('drops the site-wide keywords that pages without their own inherit', () => {
    const keywords = (t: string, i: number): SearchDocument => ({i, t, s: '제목', u: `/docs/${i}`, p: i});
    const plugin: PluginIndexFile = [[], [], [], [keywords('컨테이너,  도커,  CNCF', 1), keywords('runc, 런씨', 2)], []].map(
      (documents) => ({
        documents,
        index: {},
      }),
    );
    const file = buildIndexFile(plugin, {aliases: [], siteKeywords: '컨테이너, 도커, CNCF', isSecondary: () => false});
    assert.deepEqual(
      file.indexes[3]?.documents.map((doc) => doc.t),
      ['runc, 런씨'],
    );
  });
});

describe('ranking', () => {
  const site = indexOf([
    {url: '/docs/body', title: '운영', sections: [{heading: '기록', text: '캐시를 지우면 빌드 캐시도 사라집니다.'}]},
    {url: '/docs/heading', title: '빌드', sections: [{heading: '빌드 캐시 다루기', text: '명령 순서를 지킵니다.'}]},
    {url: '/docs/title', title: '빌드 캐시', sections: [{heading: '원리', text: '빌드 캐시는 같은 명령을 다시 실행하지 않습니다.'}]},
    {url: '/blog/2026/cache', title: '빌드 캐시 이야기', sections: [{heading: '빌드 캐시', text: '빌드 캐시를 써 봤습니다.'}]},
  ]);

  it('puts the page titled as the query first, then headings, then body text, blog posts after docs', () => {
    assert.deepEqual(pagesFor(site, '빌드 캐시는'), ['/docs/title', '/docs/heading', '/blog/2026/cache', '/docs/body']);
  });

  it('gives the navbar (8 results) the beginning of the search page list (100)', () => {
    for (const query of ['빌드 캐시', '캐시', '빌드']) {
      assert.deepEqual(search(site, query, 8), search(site, query, 100).slice(0, 8), query);
    }
  });

  it('lists the page and its best section, with highlight offsets inside the text', () => {
    const [page, section] = search(site, '빌드 캐시', 100);
    assert.equal(page?.type, 0);
    assert.equal(section?.document.u, page?.document.u);
    for (const result of search(site, '빌드 캐시', 100)) {
      const positions = result.metadata['match']?.t.position ?? [];
      assert.ok(positions.length > 0, `${result.document.t} has nothing to highlight`);
      for (const [start, length] of positions) assert.ok(start >= 0 && start + length <= result.document.t.length);
    }
  });

  it('shrugs off hostile input', () => {
    for (const query of ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '.*+?^${}()|[]\\', '', '   ', '§kubernetes']) {
      assert.doesNotThrow(() => search(site, query, 100), query);
    }
    const long = '빌드 캐시 '.repeat(2000);
    const started = performance.now();
    assert.ok(search(site, long, 100).length > 0);
    assert.ok(performance.now() - started < 500, 'a 10,000-character query takes too long');
    assert.ok(search(site, long, 100).every((result) => result.tokens.every((token) => token.length <= 64)));
  });
});
