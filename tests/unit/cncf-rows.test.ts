import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {rowsHtml, type RowClasses} from '../../src/components/CncfMaturityTable/ProjectRows/rowsHtml';
import {countByStage, graduationsByYear, projects} from '../../src/data/cncf';
import snapshot from '../../src/data/cncf/projects';
import {summarize} from '../../src/data/cncf/summary';
import {escapeHtml} from '../../src/lib/escapeHtml';

const bySlug = (slug: string) => projects.find((project) => project.slug === slug)!;

const classes: RowClasses = {
  project: 'p',
  name: 'n',
  area: 'a',
  description: 'd',
  date: 't',
  badge: (stage) => `badge ${stage}`,
};

describe('the maturity table rows as HTML', () => {
  it('writes one row per project, whose cells are all filtering reads', () => {
    const html = rowsHtml([bySlug('kubernetes')], classes);
    assert.equal(
      html,
      '<tr>' +
        '<td class="p"><a href="https://kubernetes.io/" class="n">Kubernetes</a>' +
        '<span class="a">오케스트레이션과 관리 › 스케줄링과 오케스트레이션</span>' +
        `<span lang="en" class="d">${escapeHtml(bySlug('kubernetes').description ?? '')}</span></td>` +
        '<td><span class="badge graduated">졸업 <span lang="en">Graduated</span></span></td>' +
        '<td class="t">2016-03-10</td><td class="t">2016-03-10</td><td class="t">2018-03-06</td><td class="t"></td></tr>',
    );
    assert.equal(rowsHtml(projects, classes).match(/<tr>/g)?.length, projects.length);
  });

  it('escapes what the landscape says, so no project can add markup to the page', () => {
    const hostile = {
      ...bySlug('kubernetes'),
      name: '<img src=x onerror=alert(1)>',
      description: 'Tom & "Jerry" <script>',
      homepageUrl: 'https://example.com/?a=1&b="2"',
    };
    const html = rowsHtml([hostile], classes);
    assert.ok(!html.includes('<img') && !html.includes('<script'), html);
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
    assert.ok(html.includes('Tom &amp; &quot;Jerry&quot; &lt;script&gt;'));
    assert.ok(html.includes('href="https://example.com/?a=1&amp;b=&quot;2&quot;"'));
    assert.equal(escapeHtml(`'`), '&#39;');
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
    assert.equal(figures.areas.reduce((sum, area) => sum + area.count, 0), projects.length);
  });
});
