import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import yaml from 'js-yaml';
import {STALE_AFTER_DAYS, checkedLine, checkedMonth, daysBetween, localDay, readChecked} from '../../src/data/checked';

/** Front matter as Docusaurus hands it over: YAML read by js-yaml. */
const frontMatter = (source: string) => yaml.load(source) as Record<string, unknown>;

describe('readChecked', () => {
  it('reads an unquoted date (a Date from YAML), a quoted one and the ISO string the browser gets back', () => {
    const versions = ['Docker Engine 29', 'containerd 2.3'];
    const fromYaml = frontMatter('checked_on: 2026-12-04\nchecked_versions: [Docker Engine 29, containerd 2.3]');
    assert.ok(fromYaml.checked_on instanceof Date, 'js-yaml reads an unquoted date as a Date');
    for (const value of [fromYaml.checked_on, '2026-12-04', '2026-12-04T00:00:00.000Z', JSON.parse(JSON.stringify(fromYaml)).checked_on]) {
      assert.deepEqual(readChecked({checked_on: value, checked_versions: versions}), {checked: {on: '2026-12-04', versions}, problems: []});
    }
  });

  it('names each missing field and what to write', () => {
    const {checked, problems} = readChecked({title: '제목'});
    assert.equal(checked, undefined);
    assert.equal(problems.length, 2);
    assert.match(problems[0]!, /^front matter "checked_on" is missing; .* e\.g\. checked_on: 2026-12-04$/);
    assert.match(problems[1]!, /^front matter "checked_versions" is missing; list what the page describes, e\.g\. checked_versions: \[/);
  });

  it('rejects days that are not calendar days and values that are not days', () => {
    for (const value of ['2026-02-30', '2026-13-01', '4 Dec 2026', '2026/12/04', 20261204, true]) {
      const {checked, problems} = readChecked({checked_on: value, checked_versions: ['Kubernetes 1.37']});
      assert.equal(checked, undefined, String(value));
      assert.match(problems.join('\n'), /"checked_on" is .*; write a calendar day as YYYY-MM-DD/, String(value));
    }
  });

  it('wants checked_versions as a list of distinct, short, non-empty names', () => {
    const problemsFor = (versions: unknown) => readChecked({checked_on: '2026-12-04', checked_versions: versions}).problems.join('\n');
    assert.match(problemsFor('Docker Engine 29'), /is "Docker Engine 29"; write a list in brackets/);
    assert.match(problemsFor([]), /is empty; name at least one thing the page describes/);
    assert.match(problemsFor(['runc 1.5', ' ']), /entry 2 is empty or not text/);
    assert.match(problemsFor(['runc 1.5', 'runc 1.5']), /lists "runc 1\.5" twice/);
    assert.match(problemsFor(['x'.repeat(41)]), /entry 1 is 41 characters; keep each to 40/);
    assert.equal(problemsFor(['runc 1.5', 1.37]), '', 'a bare YAML number is a name too');
  });
});

describe('the checked line and dates', () => {
  it('shows the month and the versions in Korean', () => {
    assert.equal(checkedMonth('2026-12-04'), '2026년 12월');
    assert.equal(checkedMonth('2027-01-31'), '2027년 1월');
    assert.equal(
      checkedLine({on: '2026-12-04', versions: ['Docker Engine 29', 'containerd 2.3', 'Kubernetes 1.37']}),
      '2026년 12월 기준 · Docker Engine 29, containerd 2.3, Kubernetes 1.37',
    );
  });

  it('counts whole days between two days and writes today in local time', () => {
    assert.equal(daysBetween('2026-06-07', '2026-12-04'), 180);
    assert.equal(daysBetween('2026-12-04', '2026-12-03'), -1);
    assert.equal(daysBetween('2025-12-31', '2026-03-01'), 60);
    assert.equal(localDay(new Date(2026, 11, 4, 23, 59)), '2026-12-04');
  });

  it('keeps the threshold one named number of days', () => {
    assert.ok(Number.isInteger(STALE_AFTER_DAYS) && STALE_AFTER_DAYS > 0);
  });
});
