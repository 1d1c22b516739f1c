import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {countByStage, graduationsByYear, meta, projects} from '../../src/data/cncf';
import snapshot from '../../src/data/cncf/projects';
import {factsBySlug, lookUpFacts} from '../../src/data/cncf/summary';
import {categoryLabels, dateLabels, maturityLabels, subcategoryLabels} from '../../src/data/cncf/types';
import {formatProblem, validateProjects, validateSnapshot} from '../../src/data/cncf/validate';
import {AREA_SEPARATOR} from '../../src/components/CncfMaturityTable/ProjectRows/markup';

const bySlug = (slug: string) => projects.find((project) => project.slug === slug)!;

const kubernetes = bySlug('kubernetes');
/** A copy of a real project with some fields replaced, for the bad-input cases. */
const variant = (changes: Record<string, unknown>) => ({...kubernetes, ...changes});
const messagesFor = (list: unknown[]) => validateProjects(list).map(formatProblem);

describe('the committed CNCF data', () => {
  it('passes the schema', () => {
    assert.deepEqual(validateSnapshot(snapshot).map(formatProblem), []);
  });

  it('holds the snapshot the landscape README counts: 255 projects by stage', () => {
    assert.equal(projects.length, 255);
    assert.deepEqual(countByStage(projects), {sandbox: 151, incubating: 38, graduated: 38, archived: 28});
  });

  it('says which snapshot it is and credits it as the license asks', () => {
    assert.equal(meta.snapshotDate, '2026-08-07');
    assert.equal(meta.source.commit, '153d699bddf74038d21775b14d09052f62021441');
    assert.equal(meta.attribution, 'CNCF Landscape');
    assert.equal(meta.license, 'Apache-2.0 OR CC-BY-4.0');
  });

  it('has the six projects the projects page presents, graduated, and no Grafana', () => {
    for (const slug of ['kubernetes', 'prometheus', 'envoy', 'helm', 'harbor', 'istio']) {
      assert.equal(bySlug(slug).maturity, 'graduated', slug);
    }
    assert.deepEqual(kubernetes.dates, {accepted: '2016-03-10', incubating: '2016-03-10', graduated: '2018-03-06'});
    assert.ok(!projects.some((project) => /grafana/i.test(project.name)), 'Grafana is a Grafana Labs product, not a CNCF project');
  });

  it('counts every graduation once in the timeline', () => {
    const years = graduationsByYear(projects, 2026);
    assert.equal(years[0]?.year, 2018);
    assert.equal(years.at(-1)?.year, 2026);
    assert.equal(
      years.reduce((sum, year) => sum + year.projects.length, 0),
      38,
    );
  });

  // The maturity table reads a row's stage, area and dates back from these names (readRows.ts); a date's name has no space.
  it('gives every stage, category, subcategory and date a name of its own, which the area separator is not in', () => {
    const dates = Object.values(dateLabels).map(({ko}) => ko);
    for (const names of [
      Object.values(maturityLabels).map(({en}) => en),
      Object.values(categoryLabels),
      Object.values(subcategoryLabels),
      dates,
    ]) {
      assert.equal(new Set(names).size, names.length, names.join(', '));
      for (const name of names) assert.ok(!name.includes(AREA_SEPARATOR.trim()), name);
    }
    for (const name of dates) assert.ok(!/\s/.test(name), name);
  });

  it('names the unknown slug when a page asks for one', () => {
    const facts = factsBySlug(snapshot);
    assert.equal(lookUpFacts(facts, 'perses', meta.snapshotDate).maturity, bySlug('perses').maturity);
    assert.deepEqual(lookUpFacts(facts, 'kubernetes', meta.snapshotDate).dates, kubernetes.dates);
    assert.throws(
      () => lookUpFacts(facts, 'grafana', meta.snapshotDate),
      /"grafana" is not the slug of a CNCF project .*snapshot 2026-08-07/,
    );
    assert.throws(() => lookUpFacts(facts, 'constructor', meta.snapshotDate), /"constructor" is not the slug/);
  });
});

describe('the schema on bad input names the project and the field', () => {
  it('rejects an unknown maturity', () => {
    assert.deepEqual(messagesFor([variant({maturity: 'beta'})]), [
      'project "Kubernetes": maturity "beta" is not a CNCF maturity; use one of sandbox, incubating, graduated, archived',
    ]);
  });

  it('rejects a project without a name, numbering it instead', () => {
    const {name: _, ...nameless} = kubernetes;
    assert.deepEqual(messagesFor([nameless]), ['project #1 (no name): name is missing; every project needs a name']);
  });

  it('rejects malformed and impossible dates', () => {
    const messages = messagesFor([
      variant({dates: {accepted: '2016/03/10'}}),
      variant({slug: 'b', dates: {accepted: '2023-02-30'}}),
      variant({slug: 'c', dates: {}}),
    ]);
    assert.deepEqual(messages, [
      `project "Kubernetes": dates.accepted "2016/03/10" is not a date; write it as YYYY-MM-DD, e.g. '2018-03-06'`,
      `project "Kubernetes": dates.accepted "2023-02-30" is not a date; write it as YYYY-MM-DD, e.g. '2018-03-06'`,
      'project "Kubernetes": dates.accepted is missing; every CNCF project has the date the TOC accepted it',
    ]);
  });

  it('rejects a graduation before acceptance or incubation', () => {
    assert.deepEqual(messagesFor([variant({dates: {accepted: '2016-03-10', incubating: '2016-03-10', graduated: '2015-01-01'}})]), [
      'project "Kubernetes": dates.graduated 2015-01-01 is before the accepted date 2016-03-10; one of the two is wrong',
      'project "Kubernetes": dates.graduated 2015-01-01 is before the incubating date 2016-03-10; one of the two is wrong',
    ]);
  });

  it('rejects a slug used twice, naming both projects', () => {
    assert.deepEqual(messagesFor([kubernetes, variant({name: 'Kubernetes Fork'})]), [
      'project "Kubernetes Fork": slug "kubernetes" is already the slug of "Kubernetes" (#1); slugs must be unique',
    ]);
  });

  it('asks for a Korean name for a new category and refuses unknown fields', () => {
    assert.deepEqual(messagesFor([variant({category: 'Quantum', logo: 'k8s.svg'})]), [
      'project "Kubernetes": logo is not a field of a CNCF project; remove it or add it to CncfProject in src/data/cncf/types.ts',
      'project "Kubernetes": category "Quantum" has no Korean name; add it to categoryLabels in src/data/cncf/types.ts',
    ]);
  });

  it('checks the snapshot header', () => {
    const messages = validateSnapshot({meta: {...meta, snapshotDate: 'yesterday', attribution: 'CNCF'}, projects: []}).map(formatProblem);
    assert.deepEqual(messages, [
      'meta.snapshotDate "yesterday" is not a date; write it as YYYY-MM-DD',
      `meta.attribution "CNCF": the license asks for the credit 'CNCF Landscape'`,
    ]);
  });
});
