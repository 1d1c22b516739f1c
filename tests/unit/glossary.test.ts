import assert from 'node:assert/strict';
import {readFileSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {describe, it} from 'node:test';
import {headings, sourceLines} from '../../scripts/content/markdown';
import {compareDictionary, groupGlossary, initialOf} from '../../src/components/GlossaryList/groups';
import {docUrl, glossary, termById, type GlossaryTerm} from '../../src/data/glossary';
import remarkGlossaryTerms from '../../src/data/glossary/remark';
import {validateGlossary} from '../../src/data/glossary/validate';

const docsDir = path.resolve(import.meta.dirname, '..', '..', 'docs');

/** Doc ids under docs/ with the heading ids each declares. */
function readDocs(): Map<string, Set<string>> {
  const docs = new Map<string, Set<string>>();
  const files = readdirSync(docsDir, {recursive: true, encoding: 'utf8'}).filter((file) => /\.mdx?$/.test(file));
  for (const file of files) {
    const source = readFileSync(path.join(docsDir, file), 'utf8');
    const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
    const ids = headings(sourceLines(body, 1)).map((heading) => heading.id);
    docs.set(file.replace(/\\/g, '/').replace(/\.mdx?$/, ''), new Set(ids));
  }
  return docs;
}

describe('the glossary data', () => {
  it('has no problems against the docs that exist', () => {
    const docs = readDocs();
    assert.deepEqual(validateGlossary(glossary, docs.keys(), docs), []);
  });

  it('covers at least 45 terms', () => {
    assert.ok(glossary.length >= 45, `only ${glossary.length} terms`);
  });

  it('says Grafana is not a CNCF project', () => {
    assert.match(termById('grafana').definition, /CNCF 프로젝트는 아닙니다/);
  });
});

describe('termById and docUrl', () => {
  it('finds a term and fails on an unknown id, naming it', () => {
    assert.equal(termById('containerd').en, 'containerd');
    assert.throws(() => termById('containrd'), /"containrd" is not a valid glossary term id/);
  });

  it('turns doc ids into the URLs Docusaurus serves', () => {
    const url = (doc: string) => docUrl({...termById('containerd'), doc});
    assert.equal(url('runtimes/containerd'), '/docs/runtimes/containerd');
    assert.equal(url('layers/concepts#copy-on-write'), '/docs/layers/concepts#copy-on-write');
    assert.equal(url('runtimes/index'), '/docs/runtimes');
    assert.equal(url('index'), '/docs');
  });
});

describe('validateGlossary on bad entries', () => {
  const docIds = ['runtimes/containerd', 'runtimes/runc', 'layers/concepts'];
  const anchors = new Map([['layers/concepts', new Set(['copy-on-write', 'references'])]]);
  const containerd: GlossaryTerm = {
    id: 'containerd',
    ko: 'containerd',
    en: 'containerd',
    aliases: ['컨테이너디'],
    definition: 'Docker에서 분리되어 나온 고수준 컨테이너 런타임입니다.',
    doc: 'runtimes/containerd',
  };
  const runc: GlossaryTerm = {
    id: 'runc',
    ko: 'runc',
    en: 'runc',
    aliases: ['런씨'],
    definition: 'OCI 런타임 명세의 참조 구현인 저수준 런타임입니다.',
    doc: 'runtimes/runc',
  };
  const check = (...terms: unknown[]) => validateGlossary(terms, docIds, anchors);
  const expectOne = (messages: string[], pattern: RegExp) =>
    assert.ok(
      messages.some((message) => pattern.test(message)),
      `expected ${pattern}\n got:\n${messages.join('\n')}`,
    );

  it('accepts good entries', () => {
    assert.deepEqual(
      check(containerd, runc, {
        ...runc,
        id: 'cow',
        ko: '쓰기 시 복사',
        en: 'copy-on-write',
        aliases: [],
        doc: 'layers/concepts#copy-on-write',
      }),
      [],
    );
  });

  it('reports a duplicate id', () => {
    expectOne(
      check(containerd, {...runc, id: 'containerd'}),
      /^glossary term "containerd": field "id" is also the id of term #1; ids must be unique$/,
    );
  });

  it("reports an alias used by two terms, or equal to another term's ko or en", () => {
    expectOne(
      check(containerd, {...runc, aliases: ['컨테이너디']}),
      /^glossary term "runc": field "aliases" has "컨테이너디", which is already the alias of term "containerd"/,
    );
    expectOne(
      check(containerd, {...runc, aliases: ['Containerd']}),
      /^glossary term "runc": field "aliases" has "Containerd", which is already the ko of term "containerd"/,
    );
    expectOne(
      check({...containerd, en: 'container daemon'}, {...runc, aliases: ['container daemon']}),
      /^glossary term "runc": field "aliases" has "container daemon", which is already the en of term "containerd"/,
    );
  });

  it('reports an alias that repeats the term itself', () => {
    expectOne(
      check({...containerd, aliases: ['containerd']}),
      /^glossary term "containerd": field "aliases" repeats "containerd", which is already this term's ko/,
    );
  });

  it('reports missing and empty fields, naming the field', () => {
    const {definition: _definition, ...withoutDefinition} = containerd;
    expectOne(check(withoutDefinition), /^glossary term "containerd": field "definition" is missing; write one Korean sentence/);
    expectOne(check({...containerd, ko: ' '}), /^glossary term "containerd": field "ko" is empty/);
    expectOne(check({...containerd, id: ''}), /^glossary term #1: field "id" is empty/);
    expectOne(check({...containerd, aliases: undefined}), /^glossary term "containerd": field "aliases" is missing/);
    expectOne(check({...containerd, aliases: ['']}), /^glossary term "containerd": field "aliases" has an empty entry at position 1/);
    expectOne(check({...containerd, tags: ['runtime']}), /^glossary term "containerd": field "tags" is not part of a glossary term/);
  });

  it('reports a doc that does not exist, suggesting the nearest', () => {
    assert.deepEqual(check({...containerd, doc: 'runtimes/containrd'}), [
      'glossary term "containerd": field "doc" points to "runtimes/containrd", which is not a doc under docs/; did you mean "runtimes/containerd"?',
    ]);
    expectOne(
      check({...containerd, doc: '/docs/runtimes/containerd.md'}),
      /field "doc" is "\/docs\/runtimes\/containerd\.md"; write a doc id without/,
    );
  });

  it('reports an anchor that the doc does not declare', () => {
    expectOne(
      check({...containerd, doc: 'layers/concepts#cow'}),
      /^glossary term "containerd": field "doc" points to "#cow" in "layers\/concepts", which has no heading with that id; known ids: copy-on-write, references$/,
    );
  });

  it('reports an id that cannot be an anchor and a definition that is not one 합니다체 sentence', () => {
    expectOne(
      check({...containerd, id: 'Container D'}),
      /^glossary term "Container D": field "id" is "Container D"; use lowercase ASCII words/,
    );
    expectOne(check({...containerd, definition: '고수준 런타임. Docker가 씁니다.'}), /field "definition" has more than one sentence/);
    expectOne(check({...containerd, definition: '고수준 컨테이너 런타임'}), /field "definition" should be a Korean sentence in 합니다체/);
  });
});

describe('the glossary page order', () => {
  it('files terms under their initial consonant, tense consonants with their plain partner', () => {
    assert.equal(initialOf('가상머신'), 'ㄱ');
    assert.equal(initialOf('쓰기 시 복사'), 'ㅅ');
    assert.equal(initialOf('하이퍼바이저'), 'ㅎ');
    assert.equal(initialOf('containerd'), 'C');
    assert.equal(initialOf('3D'), '기타');
  });

  it('orders text as the Korean collator does, without loading it', () => {
    const collator = new Intl.Collator('ko');
    const words = [
      '컨테이너',
      '가상머신',
      '까다로움',
      '나',
      '컨테이너 런타임',
      '컨테이너런타임',
      'containerd',
      'CRI-O',
      'cri-o',
      'Docker',
      'docker',
      'OCI',
      'oci 이미지',
      'runc',
      'K8s',
      'k3s',
      '힙',
    ];
    assert.deepEqual([...words].sort(compareDictionary), [...words].sort(collator.compare));
    const pairs = [
      ['Pod', 'pod'],
      ['a', 'b'],
      ['이미지', '이미지'],
    ] as const;
    for (const [a, b] of pairs) assert.equal(Math.sign(compareDictionary(a, b)), Math.sign(collator.compare(a, b)), `${a} vs ${b}`);
  });

  it('lists every term once, Hangul groups in 가나다 order before Latin ones', () => {
    const groups = groupGlossary(glossary);
    const labels = groups.map((group) => group.label);
    const hangul = labels.filter((label) => /[ㄱ-ㅎ]/.test(label));
    assert.deepEqual(
      hangul,
      [...'ㄱㄴㄷㄹㅁㅂㅅㅇㅈㅊㅋㅌㅍㅎ'].filter((label) => hangul.includes(label)),
    );
    assert.ok(labels.indexOf('C') > labels.indexOf(hangul.at(-1)!));
    const listed = groups.flatMap((group) => group.terms.map((term) => term.id));
    assert.deepEqual([...listed].sort(), glossary.map((term) => term.id).sort());
    const collator = new Intl.Collator('ko');
    for (const group of groups) {
      const names = group.terms.map((term) => term.ko);
      assert.deepEqual(names, [...names].sort(collator.compare), `group ${group.label} is out of order`);
      const english = group.terms.filter((term, index) => names.indexOf(term.ko) !== index).map((term) => term.en);
      assert.deepEqual(
        english,
        [...english].sort(collator.compare),
        `group ${group.label}: terms with the same Korean name are out of order`,
      );
    }
  });
});

describe('<Term> at build time', () => {
  const transform = remarkGlossaryTerms();
  const page = (id: unknown) => ({
    type: 'root',
    children: [
      {
        type: 'paragraph',
        children: [
          {
            type: 'mdxJsxTextElement',
            name: 'Term',
            attributes: [{type: 'mdxJsxAttribute', name: 'id', value: id}],
            position: {start: {line: 7}},
          },
        ],
      },
    ],
  });
  const attributesOf = (tree: ReturnType<typeof page>) =>
    Object.fromEntries(
      (tree.children[0]!.children[0]!.attributes as Array<{name: string; value: unknown}>).map(({name, value}) => [name, value]),
    );

  it('gives each term its spelling, definition and link from the glossary, and nothing else of it', () => {
    const tree = page('cri');
    transform(tree, {path: 'docs/runtimes/containerd.md'});
    const cri = termById('cri');
    assert.deepEqual(attributesOf(tree), {id: 'cri', ko: cri.ko, en: cri.en, definition: cri.definition, href: docUrl(cri)});
  });

  it('fails with the file and line of an unknown id', () => {
    assert.throws(
      () => transform(page('containrd'), {path: 'docs/runtimes/containerd.md'}),
      /^Error: docs\/runtimes\/containerd\.md:7: "containrd" is not a valid glossary term id/,
    );
  });

  it('fails when the id is an expression rather than a plain string', () => {
    assert.throws(
      () => transform(page({type: 'mdxJsxAttributeValueExpression'}), {path: 'docs/a.md'}),
      /^Error: docs\/a\.md:7: <Term> needs an id written as a plain string/,
    );
  });
});
