import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {after, describe, it} from 'node:test';
import {rowsHtml, type RowParts} from '../../src/components/CncfMaturityTable/ProjectRows/rowsHtml';
import {sortProjects} from '../../src/components/CncfMaturityTable/tableState';
import {KOREAN_ROWS_IN_HTML, deferredKorean} from '../../src/optimizations/cncf-rows-html/split';
import {countByStage, graduationsByYear, projects} from '../../src/data/cncf';
import {describedProjects} from '../../src/data/cncf/described';
import {STALE_NOTICE_KO, describeProjects, type DescribedProject} from '../../src/data/cncf/descriptions';
import snapshot from '../../src/data/cncf/projects';
import {summarize} from '../../src/data/cncf/summary';
import type {CncfSnapshot} from '../../src/data/cncf/types';
import {escapeHtml} from '../../src/lib/escapeHtml';
import fixtureDescriptions from '../fixtures/cncf-descriptions/descriptions.ko';

const root = path.resolve(import.meta.dirname, '..', '..');
const work = mkdtempSync(path.join(tmpdir(), 'cncf-rows-'));
after(() => rmSync(work, {recursive: true, force: true}));

const bySlug = (slug: string) => describedProjects.find((project) => project.slug === slug)!;

const parts: RowParts = {stale: 's', badge: (stage) => `badge ${stage}`, newTab: '(새 탭에서 열림)'};
const ICON = '<svg width="13.5" height="13.5" aria-label="(새 탭에서 열림)"><use href="#theme-svg-external-link"></use></svg>';

/** The rows of these projects, one string each. */
const rowsOf = (list: readonly DescribedProject[]) => rowsHtml(list, parts).split('</tr>').filter(Boolean);

describe('the maturity table rows as HTML', () => {
  it('writes one row per project: its link out, area, Korean description, a closed "영어 원문", stage and the dates it has', () => {
    const kubernetes = bySlug('kubernetes');
    assert.equal(
      rowsHtml([kubernetes], parts),
      '<tr><td>' +
        `<a href="https://kubernetes.io/" target="_blank" rel="noopener noreferrer">Kubernetes${ICON}</a>` +
        '<small>오케스트레이션과 관리 › 스케줄링과 오케스트레이션</small>' +
        `<p>${escapeHtml(kubernetes.descriptionKo!)}</p>` +
        '<details><summary>영어 원문</summary></details></td>' +
        '<td><span class="badge graduated">졸업 <span lang="en">Graduated</span></span></td>' +
        '<td><span>합류 2016-03-10</span><span>인큐베이팅 2016-03-10</span><span>졸업 2018-03-06</span></td></tr>',
    );
    assert.equal(rowsHtml(describedProjects, parts).match(/<tr>/g)?.length, projects.length);
  });

  it('carries every Korean description, and no English but where the Korean is stale or missing', () => {
    const html = rowsHtml(describedProjects, parts);
    for (const project of describedProjects) {
      assert.ok(html.includes(`<p>${escapeHtml(project.descriptionKo!)}</p>`), project.slug);
      if (project.description && !project.descriptionKoStale) assert.ok(!html.includes(escapeHtml(project.description)), project.slug);
    }
    // A project the landscape gives no English has nothing to open.
    const bare = describedProjects.find((project) => project.description === undefined)!;
    assert.ok(!rowsOf([bare])[0]!.includes('<details'), bare.slug);
  });

  it('escapes what the landscape says, so no project can add markup to the page', () => {
    const hostile: DescribedProject = {
      ...bySlug('kubernetes'),
      name: '<img src=x onerror=alert(1)>',
      description: 'Tom & "Jerry" <script>',
      homepageUrl: 'https://example.com/?a=1&b="2"',
      descriptionKoStale: true,
    };
    const html = rowsHtml([hostile], parts);
    assert.ok(!html.includes('<img') && !html.includes('<script'), html);
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
    assert.ok(html.includes('Tom &amp; &quot;Jerry&quot; &lt;script&gt;'));
    assert.ok(html.includes('href="https://example.com/?a=1&amp;b=&quot;2&quot;"'));
    assert.equal(escapeHtml(`'`), '&#39;');
  });
});

describe('the rows the optimized build writes (src/optimizations/cncf-rows-html)', () => {
  it("carry the Korean of the first rows only, and korean.json the rest, each description once, in the table's order", () => {
    const ordered = sortProjects(describedProjects, 'name', 'asc');
    const html = rowsHtml(ordered, parts, {koreanRows: KOREAN_ROWS_IN_HTML});
    const deferred = deferredKorean();
    for (const [index, project] of ordered.entries()) {
      const inHtml = html.includes(`<p>${escapeHtml(project.descriptionKo!)}</p>`);
      assert.equal(inHtml, index < KOREAN_ROWS_IN_HTML, project.slug);
      assert.equal(Object.hasOwn(deferred, project.name), !inHtml, project.slug);
    }
    assert.equal(Object.keys(deferred).length, projects.length - KOREAN_ROWS_IN_HTML);
    // A row without its Korean keeps everything else: the link, the area, the English to open.
    const row = rowsOf(ordered.slice(KOREAN_ROWS_IN_HTML, KOREAN_ROWS_IN_HTML + 1).map((project) => ({...project})))[0]!;
    const last = rowsHtml(ordered, parts, {koreanRows: KOREAN_ROWS_IN_HTML}).split('</tr>')[KOREAN_ROWS_IN_HTML]!;
    assert.equal(last.replace(/<p>[^<]*<\/p>/, ''), last);
    assert.equal(last, row.replace(/<p>[^<]*<\/p>/, ''));
  });
});

/**
 * The whole way from a newer landscape to what a reader sees: the import
 * (tests/unit/cncf-descriptions.test.ts checks what it reports) writes the
 * projects, the site joins them with the Korean descriptions as they stood,
 * and the rows mark the one whose English changed.
 */
describe('a newer landscape with one changed and one new project', async () => {
  const out = path.join(work, 'projects.ts');
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'scripts/import-cncf.ts',
      path.join(root, 'tests', 'fixtures', 'cncf-descriptions', 'landscape.yml'),
      '--out',
      out,
      '--descriptions',
      path.join(root, 'tests', 'fixtures', 'cncf-descriptions', 'descriptions.ko.ts'),
      '--commit',
      'b'.repeat(40),
      '--date',
      '2026-11-01',
    ],
    {cwd: root, encoding: 'utf8'},
  );
  const imported = (await import(pathToFileURL(out).href)) as {default: CncfSnapshot};
  const [containerd, crio, kettle] = rowsOf(describeProjects(imported.default.projects, fixtureDescriptions));

  it('is imported, and reported', () => {
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /1 missing, 1 stale/);
    assert.match(readFileSync(out, 'utf8'), /"name": "Kettle"/);
  });

  it('marks the stale Korean description in Korean, with the new English open under it', () => {
    assert.ok(crio?.startsWith('<tr><td><a href="https://cri-o.io/"'), crio);
    assert.ok(crio?.includes(`<p>${fixtureDescriptions['cri-o'].ko}</p><p class="s">${STALE_NOTICE_KO}</p>`), crio);
    assert.ok(
      crio?.includes(
        '<details open><summary>영어 원문</summary><p lang="en">OCI-based implementation of the Kubernetes Container Runtime Interface</p></details>',
      ),
      crio,
    );
  });

  it("leaves the current one unmarked, and shows the new one's English, marked as English, until it has Korean", () => {
    assert.ok(containerd?.includes(`<p>${fixtureDescriptions.containerd.ko}</p><details><summary>`), containerd);
    assert.ok(!containerd?.includes(STALE_NOTICE_KO));
    assert.ok(
      kettle?.includes('<small>런타임 › 컨테이너 런타임</small><p lang="en">A runtime that keeps containers warm</p></td>'),
      kettle,
    );
    assert.ok(!kettle?.includes(STALE_NOTICE_KO) && !kettle?.includes('<details'));
  });
});

describe('the figures the pages quote', () => {
  const figures = summarize(snapshot);

  it('count what the projects count', () => {
    assert.equal(figures.total, projects.length);
    assert.deepEqual(figures.counts, countByStage(projects));
    assert.equal(figures.meta, snapshot.meta);
  });

  it('name every graduation in its year', () => {
    const years = graduationsByYear(projects, 2026);
    assert.deepEqual(
      figures.graduations,
      years.map(({year, projects: graduated}) => ({year, names: graduated.map((project) => project.name)})),
    );
    assert.ok(figures.graduations.find(({year}) => year === 2018)?.names.includes('Kubernetes'));
  });

  it('offer every area with its projects', () => {
    assert.equal(
      figures.areas.reduce((sum, area) => sum + area.count, 0),
      projects.length,
    );
  });
});
