import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {
  defaultState,
  filterByAreaAndQuery,
  filterByStage,
  isDefaultView,
  isFiltered,
  parseState,
  serializeState,
  sortProjects,
  type TableState,
} from '../../src/components/CncfMaturityTable/tableState';
import {countByStage, projects} from '../../src/data/cncf';
import {areaOptions} from '../../src/data/cncf/summary';

const names = (list: readonly {name: string}[]) => list.map((project) => project.name);
const find = (state: Partial<TableState>) => {
  const full = {...defaultState, ...state};
  return filterByStage(filterByAreaAndQuery(projects, full), full.stage);
};

describe('filtering', () => {
  it('by stage gives exactly the projects at that stage', () => {
    assert.equal(find({stage: 'graduated'}).length, 38);
    assert.equal(find({stage: 'archived'}).length, 28);
    assert.equal(find({}).length, 255);
  });

  it('by text finds names, descriptions and areas in Korean and English, ignoring case and spaces', () => {
    assert.ok(names(find({query: 'ContainerD'})).includes('containerd'), 'name');
    assert.ok(names(find({query: 'AUTOMATING deployment'})).includes('Kubernetes'), 'description');
    const korean = names(find({query: '서비스 메시'}));
    assert.ok(korean.includes('Istio') && korean.includes('Linkerd'), 'Korean subcategory');
    assert.deepEqual(names(find({query: '서비스메시'})), korean, 'Korean without the space');
    const english = names(find({query: 'service MESH'}));
    assert.ok(
      korean.every((name) => english.includes(name)),
      'English subcategory',
    );
    assert.ok(english.includes('Network Service Mesh'), 'English name outside the subcategory');
    assert.deepEqual(find({query: 'no project is called this'}), []);
  });

  it('needs every word of the query to match', () => {
    assert.deepEqual(names(find({query: 'container runtime graduated'})), []);
    assert.ok(names(find({query: '런타임 containerd'})).includes('containerd'));
  });

  it('by area takes a whole category or one subcategory', () => {
    const runtime = find({area: 'runtime'});
    const containerRuntimes = find({area: 'runtime/container-runtime'});
    assert.ok(runtime.every((project) => project.category === 'Runtime'));
    assert.ok(containerRuntimes.every((project) => project.subcategory === 'Container Runtime'));
    assert.ok(containerRuntimes.length > 0 && containerRuntimes.length < runtime.length);
  });

  it('counts stages among the projects the other filters let through', () => {
    const counts = countByStage(filterByAreaAndQuery(projects, {...defaultState, stage: 'sandbox', area: 'runtime/container-runtime'}));
    assert.equal(counts.graduated, find({area: 'runtime/container-runtime', stage: 'graduated'}).length);
    assert.equal(
      Object.values(counts).reduce((a, b) => a + b),
      find({area: 'runtime/container-runtime'}).length,
    );
  });

  it('offers every area that has a project, with counts adding up', () => {
    const areas = areaOptions(projects);
    assert.equal(
      areas.reduce((sum, area) => sum + area.count, 0),
      255,
    );
    for (const area of areas) {
      assert.equal(
        area.subcategories.reduce((sum, sub) => sum + sub.count, 0),
        area.count,
        area.id,
      );
    }
    assert.equal(areas[0]?.id, 'provisioning');
  });
});

describe('sorting', () => {
  it('by name, either way, ignoring case', () => {
    const ascending = names(sortProjects(projects, 'name', 'asc'));
    assert.deepEqual(
      ascending,
      [...ascending].sort((a, b) => a.localeCompare(b, 'en', {sensitivity: 'base', numeric: true})),
    );
    assert.deepEqual(names(sortProjects(projects, 'name', 'desc')), [...ascending].reverse());
  });

  it('by a date, newest or oldest first, with projects lacking it last either way', () => {
    const newest = sortProjects(projects, 'graduated', 'desc');
    const oldest = sortProjects(projects, 'graduated', 'asc');
    assert.equal(oldest[0]?.name, 'Kubernetes');
    assert.equal(newest[37]?.dates.graduated?.slice(0, 4), '2018');
    for (const list of [newest, oldest]) {
      assert.ok(list.slice(0, 38).every((project) => project.dates.graduated));
      assert.ok(list.slice(38).every((project) => !project.dates.graduated));
    }
  });

  it('leaves its input alone', () => {
    const before = names(projects);
    sortProjects(projects, 'accepted', 'desc');
    assert.deepEqual(names(projects), before);
  });
});

describe('the URL query', () => {
  const shared: TableState = {stage: 'graduated', area: 'runtime', query: '컨테이너 런타임', sort: 'graduated', order: 'asc'};

  it('round-trips a state', () => {
    assert.deepEqual(parseState(serializeState(shared)), shared);
  });

  it('is empty for the unfiltered table and leaves out defaults', () => {
    assert.equal(serializeState(defaultState), '');
    assert.equal(serializeState({...defaultState, sort: 'accepted', order: 'desc'}), '?sort=accepted');
    assert.equal(serializeState({...defaultState, stage: 'sandbox'}), '?stage=sandbox');
    assert.equal(serializeState({...defaultState, query: '   '}), '');
  });

  it('keeps the query as typed, including a trailing space, while someone types', () => {
    assert.equal(parseState(serializeState({...defaultState, query: 'service '})).query, 'service ');
  });

  it('keeps parameters that are not the table’s', () => {
    assert.equal(serializeState({...defaultState, stage: 'incubating'}, '?utm_source=x&stage=sandbox'), '?utm_source=x&stage=incubating');
  });

  it('ignores values it does not know instead of failing', () => {
    assert.deepEqual(parseState('?stage=beta&sort=stars&order=up&area=../etc'), defaultState);
  });

  it('knows when a filter is on', () => {
    assert.equal(isFiltered(parseState('?sort=accepted')), false);
    assert.equal(isFiltered(parseState('?q=envoy')), true);
  });

  it('knows when the table is the default view the server rendered', () => {
    assert.equal(isDefaultView(parseState('')), true);
    assert.equal(isDefaultView(parseState('?utm_source=x&q=%20')), true);
    assert.equal(isDefaultView(parseState('?sort=accepted')), false);
    assert.equal(isDefaultView(parseState('?order=desc')), false);
    assert.equal(isDefaultView(parseState('?stage=sandbox')), false);
  });
});
