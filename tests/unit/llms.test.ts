import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, it} from 'node:test';
import {llmsFullTxt, llmsTxt, pageMarkdown, type SiteInfo} from '../../src/plugins/llms/files';
import {docPageToMarkdown, htmlToMarkdown} from '../../src/plugins/llms/markdown';
import {currentSections, markdownPath, type VersionInfo} from '../../src/plugins/llms/pages';
import {describedProjects} from '../../src/data/cncf/described';

const fixture = readFileSync(path.resolve(import.meta.dirname, '..', 'fixtures', 'llms', 'doc-page.html'), 'utf8');
const context = {siteUrl: 'https://example.com', pagePath: '/docs/runtimes/containerd'};
const {title, markdown} = docPageToMarkdown(fixture, context);

describe('a doc page as Markdown (src/plugins/llms/markdown.ts)', () => {
  it('takes the title from the h1 and leaves out everything outside the doc body', () => {
    assert.equal(title, '런타임');
    assert.doesNotMatch(markdown, /^# 런타임/m, 'the h1 is the title, not part of the body');
    assert.doesNotMatch(markdown, /홈|바닥글/);
  });

  it('writes a <Term> as its words, without the definition popup', () => {
    assert.match(markdown, /^containerd는 고수준 컨테이너 런타임\(high-level container runtime\)입니다\./m);
    assert.doesNotMatch(markdown, /자세히 보기|생명주기 전반|재단 정의/);
    assert.match(markdown, /\| 2017년 \| CNCF에 기증 \\\| 인큐베이팅 \|/, 'a term in a table cell, and a | in a cell escaped');
  });

  it('makes links absolute, same-page anchors included, and drops heading anchors', () => {
    assert.match(markdown, /\[컨테이너 런타임이란\]\(https:\/\/example\.com\/docs\/runtimes\/overview\)/);
    assert.match(markdown, /\[설정\]\(https:\/\/example\.com\/docs\/runtimes\/containerd#config\)/);
    assert.match(markdown, /^## 설정$/m);
    assert.doesNotMatch(markdown, /\u200b|직접 링크/);
    assert.match(markdown, /!\[레이어가 쌓인 모습\]\(https:\/\/example\.com\/img\/layers\.svg\)/);
  });

  it('writes code blocks as fenced code with their language and title, line by line, without buttons', () => {
    assert.ok(markdown.includes('```toml title="/etc/containerd/config.toml"\nversion = 3\n  \n# 주석 <그대로>\n```'), markdown);
    assert.ok(markdown.includes('```bash\nsudo ctr images ls\n```'));
    assert.doesNotMatch(markdown, /클립보드|복사/);
  });

  it('writes an admonition as a quote led by its label', () => {
    assert.ok(markdown.includes('> **경고**\n>\n> `/var/lib/containerd`를 직접 지우지 마세요.'));
  });

  it('writes a figure as its text alternative: its name, caption and long description', () => {
    assert.ok(
      markdown.includes(
        '> **그림: 가상머신과 컨테이너의 계층 구조**\n>\n> 가상머신은 커널을 따로 두고, 컨테이너는 호스트 커널을 나눠 씁니다.\n>\n' +
          '> 왼쪽 가상머신 쪽은 하드웨어 위에 하이퍼바이저가 있습니다.\n>\n> 오른쪽 컨테이너 쪽은 호스트 OS 위에 런타임이 있습니다.',
      ),
      markdown,
    );
    assert.doesNotMatch(markdown, /그림 설명|하드웨어\n/, 'neither the disclosure label nor the SVG text');
    assert.ok(
      markdown.includes('> 1. 2018년 3개 Kubernetes, Prometheus, Envoy\n>\n> 연도별 졸업 프로젝트 수.'),
      'pieces laid side by side get spaces',
    );
  });

  it('writes the CNCF maturity table as a Markdown table, without its filters and sort buttons', () => {
    const containerd = describedProjects.find((project) => project.slug === 'containerd')!.descriptionKo!;
    assert.ok(
      markdown.includes(
        'CNCF 프로젝트 성숙도 (2026-08-07 기준)\n\n' +
          '| 프로젝트 | 분야 | 설명 | 단계 | 합류(Accepted) | 인큐베이팅(Incubating) | 졸업(Graduated) | 보관(Archived) |\n' +
          '| --- | --- | --- | --- | --- | --- | --- | --- |\n' +
          // A Korean description the HTML leaves for the browser to add comes from the data.
          `| [containerd](https://containerd.io/) | 런타임 › 컨테이너 런타임 | ${containerd} | 졸업(Graduated) | 2017-03-29 | 2017-03-29 | 2019-02-28 | |\n` +
          '| [Example](https://example.org/) | 런타임 › 컨테이너 런타임 | 예제로 만든 런타임 \\| 파이프가 든 설명입니다. 영어 원문이 바뀌어 이 설명을 고쳐야 합니다. An example runtime | ' +
          '샌드박스(Sandbox) | 2024-01-02 | | | |',
      ),
      markdown,
    );
    assert.doesNotMatch(markdown, /모든 분야|기준 정렬|모두 보여 줍니다|단계 이력|영어 원문\s*\||새 탭|▲|↕/);
  });

  it('names the page when it has no doc body', () => {
    assert.throws(
      () => docPageToMarkdown('<p>x</p>', {siteUrl: 'https://example.com', pagePath: '/docs/x'}),
      /\/docs\/x: no \.theme-doc-markdown element/,
    );
  });

  it('converts a fragment on its own', () => {
    assert.equal(htmlToMarkdown('<p>a <strong>b</strong> <code>c</code></p><ul><li>d</li></ul>', context), 'a **b** `c`\n\n- d');
  });
});

const doc = (id: string, permalink = `/docs/${id}`) => ({id, title: `제목 ${id}`, description: `${id} 설명입니다.`, permalink});
const versions: VersionInfo[] = [
  {
    versionName: 'current',
    docs: [doc('index', '/docs/'), doc('a/index', '/docs/a'), doc('a/one'), doc('a/two'), doc('glossary'), doc('orphan')],
    sidebars: {
      docs: [
        {type: 'doc', id: 'index'},
        {
          type: 'category',
          label: '영역 A',
          link: {type: 'doc', id: 'a/index'},
          items: [{type: 'doc', id: 'a/two'}, {type: 'doc', id: 'a/one'}, {type: 'link'}],
        },
        {type: 'doc', id: 'glossary'},
      ],
    },
  },
  {versionName: '1.0', docs: [doc('old', '/docs/1.0/old')], sidebars: {docs: [{type: 'doc', id: 'old'}]}},
];

describe('which pages are copied, in which order (src/plugins/llms/pages.ts)', () => {
  it('takes the current edition in sidebar order, an area per category, and leaves the archived edition out', () => {
    const sections = currentSections(versions);
    assert.deepEqual(
      sections.map((section) => [section.title, section.pages.map((page) => page.id)]),
      [
        ['제목 index', ['index']],
        ['영역 A', ['a/index', 'a/two', 'a/one']],
        ['제목 glossary', ['glossary']],
        ['기타 문서', ['orphan']],
      ],
    );
  });

  it('puts the copy of /docs/x at /docs/x.md, and of /docs/ at /docs.md', () => {
    assert.equal(markdownPath('/docs/runtimes/containerd'), '/docs/runtimes/containerd.md');
    assert.equal(markdownPath('/docs/'), '/docs.md');
  });

  it('refuses a docs plugin without a current version', () => {
    assert.throws(() => currentSections([versions[1]!]), /no "current" version/);
  });
});

describe('llms.txt, llms-full.txt and the copies (src/plugins/llms/files.ts)', () => {
  const site: SiteInfo = {title: '사이트', summary: '요약\n문장입니다.', url: 'https://example.com', edition: '2.0'};
  const sections = currentSections(versions);

  it('lists every page by area with its Markdown URL and description, in the llms.txt format', () => {
    const text = llmsTxt(site, sections);
    assert.ok(text.startsWith('# 사이트\n\n> 요약 문장입니다.\n\n최신판(2.0) 문서 6쪽의 목록입니다.'), text);
    assert.ok(
      text.includes(
        '## 영역 A\n\n- [제목 a/index](https://example.com/docs/a.md): a/index 설명입니다.\n- [제목 a/two](https://example.com/docs/a/two.md): a/two 설명입니다.\n',
      ),
      text,
    );
    assert.ok(text.includes('- [제목 index](https://example.com/docs.md): index 설명입니다.'));
    assert.doesNotMatch(text, /1\.0\/old/);
  });

  it('heads each copy with its title, description and page URL, and joins them all in llms-full.txt', () => {
    const page = pageMarkdown(site, doc('index', '/docs/'), '본문');
    assert.equal(page, '# 제목 index\n\n> index 설명입니다.\n\n원본 페이지: https://example.com/docs\n\n본문\n');
    const full = llmsFullTxt(site, [
      {doc: doc('index', '/docs/'), markdown: page},
      {doc: doc('a/one'), markdown: '# 제목 a/one\n\n둘째\n'},
    ]);
    assert.ok(full.startsWith('# 사이트: 최신판(2.0) 전체 본문\n\n> 요약 문장입니다.\n\n'));
    assert.ok(full.includes('\n\n---\n\n# 제목 index\n\n> index 설명입니다.'));
    assert.ok(full.endsWith('\n\n---\n\n# 제목 a/one\n\n둘째\n'));
  });
});
