import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {after, describe, it} from 'node:test';

const root = path.resolve(import.meta.dirname, '..', '..');
const work = mkdtempSync(path.join(tmpdir(), 'cncf-import-'));
after(() => rmSync(work, {recursive: true, force: true}));

/** A landscape in the real file's shape: two CNCF projects and one product that is not a CNCF project. */
const GOOD = `landscape:
  - category:
    name: Runtime
    subcategories:
      - subcategory:
        name: Container Runtime
        items:
          - item:
            name: containerd
            homepage_url: https://containerd.io/
            repo_url: https://github.com/containerd/containerd
            project: graduated
            description: An  industry-standard
              container runtime
            extra:
              accepted: '2017-03-29'
              incubating: '2017-03-29'
              graduated: '2019-02-28'
          - item:
            name: Docker Engine
            homepage_url: https://www.docker.com/
          - item:
            name: Kuasar
            homepage_url: https://kuasar.io/
            project: sandbox
            extra:
              accepted: 2023-12-19
`;

type Run = {status: number | null; stdout: string; stderr: string; out: string};

function runImport(name: string, yaml: string, flags = ['--commit', 'a'.repeat(40), '--date', '2026-08-07']): Run {
  const input = path.join(work, `${name}.yml`);
  const out = path.join(work, `${name}.ts`);
  writeFileSync(input, yaml);
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import-cncf.ts', input, '--out', out, ...flags], {
    cwd: root,
    encoding: 'utf8',
  });
  return {status: result.status, stdout: result.stdout, stderr: result.stderr, out};
}

/** A failed import must leave nothing behind: no output and no half-written temporary file. */
function assertNothingWritten(run: Run): void {
  assert.equal(run.status, 1, run.stderr);
  assert.equal(existsSync(run.out), false);
  assert.deepEqual(
    readdirSync(work).filter((file) => file.endsWith('.tmp')),
    [],
  );
}

describe('npm run cncf:import', () => {
  it('writes the CNCF projects only, typed, with the snapshot header and credit', () => {
    const run = runImport('good', GOOD);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /wrote 2 projects \(1 sandbox, 0 incubating, 1 graduated, 0 archived\)/);
    const text = readFileSync(run.out, 'utf8');
    assert.match(text, /Data: CNCF Landscape, licensed Apache-2\.0 OR CC-BY-4\.0/);
    assert.match(text, /"snapshotDate": "2026-08-07"/);
    assert.match(text, /"description": "An industry-standard container runtime"/);
    assert.match(text, /"slug": "kuasar"[\s\S]*"accepted": "2023-12-19"/);
    assert.doesNotMatch(text, /Docker Engine/);
  });

  const bad: ReadonlyArray<[string, string, RegExp]> = [
    [
      'unknown maturity',
      GOOD.replace('project: graduated', 'project: beta'),
      /unknown-maturity\.yml:8: project "containerd": project "beta" is not a CNCF maturity/,
    ],
    [
      'missing name',
      GOOD.replace(/^ *name: Kuasar\n/m, ''),
      /:22: project #2 \(no name\): name is missing; every project needs a name \[Runtime › Container Runtime\]\ncncf:import: 1 problem/,
    ],
    [
      'malformed date',
      GOOD.replace("graduated: '2019-02-28'", "graduated: '2019-13-01'"),
      /:8: project "containerd": extra\.graduated "2019-13-01" is not a date/,
    ],
    [
      'graduated before accepted',
      GOOD.replace("graduated: '2019-02-28'", "graduated: '2016-01-01'"),
      /:8: project "containerd": extra\.graduated 2016-01-01 is before the accepted date 2017-03-29/,
    ],
    [
      'duplicate slug',
      GOOD.replace('name: Kuasar', 'name: ContainerD'),
      /:22: project "ContainerD": slug \(or name\) "containerd" is already the slug of "containerd" \(#1\)/,
    ],
    [
      'category without a Korean name',
      GOOD.replace('name: Runtime', 'name: Quantum'),
      /:8: project "containerd": category name "Quantum" has no Korean name; add it to categoryLabels/,
    ],
    ['broken YAML', GOOD.replace('    name: Runtime', '    name: [Runtime'), /\.yml:\d+: not valid YAML/],
  ];
  for (const [name, yaml, message] of bad) {
    it(`fails on ${name}, names the line, item and field, and writes nothing`, () => {
      const run = runImport(name.replace(/\W+/g, '-'), yaml);
      assertNothingWritten(run);
      assert.match(run.stderr, message);
    });
  }

  it('leaves the previous data in place when an import fails', () => {
    const run = runImport('keep', GOOD);
    const before = readFileSync(run.out, 'utf8');
    const failed = runImport('keep', GOOD.replace('project: sandbox', 'project: retired'));
    assert.equal(failed.status, 1);
    assert.match(failed.stderr, /nothing was written/);
    assert.equal(readFileSync(run.out, 'utf8'), before);
  });

  it('asks for the landscape commit when neither flags nor a README give it', () => {
    const run = runImport('no-source', GOOD, []);
    assertNothingWritten(run);
    assert.match(run.stderr, /Pass --commit <sha> --date YYYY-MM-DD/);
  });
});
