import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {after, describe, it} from 'node:test';
import {describedProjects} from '../../src/data/cncf/described';
import {auditDescriptions, describeProjects, entryProblems, type KoreanDescriptions} from '../../src/data/cncf/descriptions';
import koreanDescriptions from '../../src/data/cncf/descriptions.ko';
import {fingerprint, sha256Hex} from '../../src/data/cncf/fingerprint';
import {projects} from '../../src/data/cncf';
import type {CncfProject} from '../../src/data/cncf/types';
import {entryLine} from '../../scripts/cncf/descriptions';

const root = path.resolve(import.meta.dirname, '..', '..');
const fixture = path.join(root, 'tests', 'fixtures', 'cncf-descriptions');
const work = mkdtempSync(path.join(tmpdir(), 'cncf-descriptions-'));
after(() => rmSync(work, {recursive: true, force: true}));

describe('fingerprint', () => {
  it('is the first 12 hex digits of the SHA-256 of the UTF-8 text, as sha256sum prints it', () => {
    const samples = [
      '',
      'An open and reliable container runtime',
      '컨테이너 런타임 “quotes”',
      'a'.repeat(55),
      'a'.repeat(56),
      'x'.repeat(1000),
    ];
    for (const text of samples) {
      const expected = createHash('sha256').update(text, 'utf8').digest('hex');
      assert.equal(sha256Hex(text), expected, JSON.stringify(text.slice(0, 20)));
      assert.equal(fingerprint(text), expected.slice(0, 12));
    }
  });

  it('fingerprints a missing English description as the empty text', () => {
    assert.equal(fingerprint(undefined), 'e3b0c44298fc');
  });
});

describe('the Korean descriptions in src/data/cncf/descriptions.ko.ts', () => {
  const audit = auditDescriptions(projects, koreanDescriptions);

  it('describe every current project and nothing else', () => {
    assert.deepEqual(
      audit.missing.map((project) => project.slug),
      [],
      'write these in src/data/cncf/descriptions.ko.ts',
    );
    assert.deepEqual(audit.orphaned, [], 'these are not current projects');
    assert.equal(Object.keys(koreanDescriptions).length, projects.length);
  });

  it("were each written from the project's current English description (every fingerprint matches)", () => {
    const mismatched = projects
      .filter((project) => koreanDescriptions[project.slug as keyof typeof koreanDescriptions]?.from !== fingerprint(project.description))
      .map((project) => project.slug);
    assert.deepEqual(mismatched, []);
    assert.deepEqual(
      audit.stale.map(({project}) => project.slug),
      [],
    );
  });

  it('are well formed: one or two 합니다체 sentences of 40–120 characters', () => {
    assert.deepEqual(audit.invalid, []);
  });

  it('are sorted by slug, so a missing one has one place to go', () => {
    const keys = Object.keys(koreanDescriptions);
    assert.deepEqual(
      keys,
      [...keys].sort((a, b) => a.localeCompare(b)),
    );
  });

  it('reach the site with the English beside them, none stale', () => {
    assert.equal(describedProjects.length, projects.length);
    for (const project of describedProjects) {
      assert.ok(project.descriptionKo, project.slug);
      assert.equal(project.descriptionKoStale, false, project.slug);
    }
    const containerd = describedProjects.find((project) => project.slug === 'containerd');
    assert.equal(containerd?.description, 'An open and reliable container runtime');
    assert.match(containerd?.descriptionKo ?? '', /컨테이너 런타임/);
  });
});

const project = (slug: string, description?: string): CncfProject => ({
  slug,
  name: slug.toUpperCase(),
  maturity: 'sandbox',
  category: 'Runtime',
  subcategory: 'Container Runtime',
  homepageUrl: `https://${slug}.example.org/`,
  ...(description === undefined ? {} : {description}),
  dates: {accepted: '2024-01-01'},
});
const KO = '예제로 만든 컨테이너 런타임 프로젝트입니다. 테스트에서만 쓰는 설명이므로 실제 프로젝트와 관계가 없습니다.';

describe('auditDescriptions and describeProjects', () => {
  const current = [project('same', 'Unchanged English'), project('changed', 'New English'), project('new', 'Brand new'), project('bare')];
  const table: KoreanDescriptions = {
    same: {from: fingerprint('Unchanged English'), ko: KO},
    changed: {from: fingerprint('Old English'), ko: KO},
    bare: {from: fingerprint(undefined), ko: KO},
    gone: {from: fingerprint('Whatever'), ko: KO},
  };

  it('finds the missing, the stale and the orphaned by slug', () => {
    const audit = auditDescriptions(current, table);
    assert.deepEqual(
      audit.missing.map((p) => p.slug),
      ['new'],
    );
    assert.deepEqual(
      audit.stale.map(({project: p, entry, now}) => [p.slug, entry.from, now]),
      [['changed', fingerprint('Old English'), fingerprint('New English')]],
    );
    assert.deepEqual(audit.orphaned, ['gone']);
    assert.deepEqual(audit.invalid, []);
  });

  it('marks a Korean description stale once the English it was written from changes', () => {
    const bySlug = new Map(describeProjects(current, table).map((p) => [p.slug, p]));
    assert.equal(bySlug.get('same')?.descriptionKoStale, false);
    assert.equal(bySlug.get('changed')?.descriptionKoStale, true);
    assert.equal(bySlug.get('changed')?.description, 'New English');
    assert.equal(bySlug.get('changed')?.descriptionKo, KO);
    assert.equal(bySlug.get('new')?.descriptionKo, undefined);
    assert.equal(bySlug.get('bare')?.descriptionKoStale, false);
    // An English description appearing where there was none also makes the Korean stale.
    assert.equal(describeProjects([project('bare', 'Now it has one')], table)[0]?.descriptionKoStale, true);
  });

  it('says what is wrong with a malformed entry', () => {
    const problems = (entry: unknown) => entryProblems(entry).join('\n');
    assert.match(problems({from: 'abc', ko: KO}), /from "abc" is not a fingerprint/);
    assert.match(problems({from: fingerprint(''), ko: '너무 짧습니다.'}), /ko is \d+ characters; keep it between 40 and 120/);
    assert.match(problems({from: fingerprint(''), ko: `${KO.replace(/니다\.$/, '다.')}`}), /end every sentence with "…니다\."/);
    assert.match(problems({from: fingerprint(''), ko: 'An English sentence that is long enough to pass the length rule.'}), /no Korean/);
    assert.match(
      problems({from: fingerprint(''), ko: '가나다라입니다. 마바사입니다. 아자차카타파하입니다. 하나 더 씁니다.'}),
      /4 sentences; write one or two/,
    );
    assert.match(problems({from: fingerprint(''), ko: KO, en: 'x'}), /unknown field "en"/);
    assert.equal(problems({from: fingerprint(''), ko: KO}), '');
  });

  it('points at the entry, or at where a missing one goes in slug order', () => {
    const source = "const d = {\n  'alpha': {\n    from: 'x',\n  },\n  'gamma': {\n  },\n};\n";
    assert.equal(entryLine(source, 'gamma'), 5);
    assert.equal(entryLine(source, 'beta'), 5);
    assert.equal(entryLine(source, 'zeta'), 7);
  });
});

type Run = {status: number | null; stdout: string; stderr: string; out: string};

function runImport(name: string, landscape: string, descriptions = path.join(fixture, 'descriptions.ko.ts')): Run {
  const input = path.join(work, `${name}.yml`);
  const out = path.join(work, `${name}.ts`);
  writeFileSync(input, landscape);
  const args = ['--import', 'tsx', 'scripts/import-cncf.ts', input, '--out', out, '--descriptions', descriptions];
  const result = spawnSync(process.execPath, [...args, '--commit', 'b'.repeat(40), '--date', '2026-11-01'], {cwd: root, encoding: 'utf8'});
  return {status: result.status, stdout: result.stdout, stderr: result.stderr, out};
}

describe('npm run cncf:import with a newer landscape', () => {
  const landscape = readFileSync(path.join(fixture, 'landscape.yml'), 'utf8');
  const descriptionsFile = path.join(fixture, 'descriptions.ko.ts');

  it('reports the new project as missing and the changed one as stale, by project, and writes no Korean', () => {
    const before = readFileSync(descriptionsFile, 'utf8');
    const run = runImport('newer', landscape);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /wrote 3 projects/);
    assert.match(
      run.stdout,
      new RegExp(
        `^  missing  kettle \\("Kettle"\\): new project; add 'kettle': \\{from: '${fingerprint('A runtime that keeps containers warm')}', ko: '…'\\}`,
        'm',
      ),
    );
    const now = fingerprint('OCI-based implementation of the Kubernetes Container Runtime Interface');
    assert.match(
      run.stdout,
      new RegExp(`^  stale    cri-o \\("CRI-O"\\): the English changed \\(from: 'e3b0c44298fc', now '${now}'\\)`, 'm'),
    );
    assert.doesNotMatch(run.stdout, /^ {2}\w+ +containerd/m);
    assert.match(run.stdout, /1 missing, 1 stale, 0 orphaned, 0 invalid/);
    assert.equal(readFileSync(descriptionsFile, 'utf8'), before);
  });

  it('reports nothing to do when every description is current', () => {
    const older = landscape
      .replace(/^ {10}- item:\n {12}name: Kettle[\s\S]*$/m, '')
      .replace(/^ *description: OCI-based implementation of the Kubernetes Container Runtime Interface\n/m, '');
    const run = runImport('current', older);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /wrote 2 projects/);
    assert.match(run.stdout, /every project has an up-to-date Korean description/);
  });

  it('still writes nothing, and reports no descriptions, when the data is invalid', () => {
    const run = runImport('invalid', landscape.replace('project: sandbox', 'project: retired'));
    assert.equal(run.status, 1);
    assert.equal(existsSync(run.out), false);
    assert.match(run.stderr, /project "Kettle": project "retired" is not a CNCF maturity/);
    assert.match(run.stderr, /nothing was written/);
    assert.doesNotMatch(run.stdout, /Korean/);
  });
});
