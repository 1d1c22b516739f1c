/**
 * The table's state and the pure functions over it: filtering, sorting, and
 * the round trip through the URL query. No React here, so the unit tests
 * exercise exactly what the component runs; and relative imports only, so
 * that build-time code can sort as the table does (src/optimizations/cncf-rows-html/split.ts).
 */
import {compareIsoDates} from '../../data/cncf/dates';
import {slugify} from '../../data/cncf/slug';
import {
  DATE_FIELDS,
  MATURITIES,
  categoryLabels,
  subcategoryLabels,
  type CncfProject,
  type DateField,
  type Maturity,
} from '../../data/cncf/types';

/**
 * What the table knows of a project: everything its row shows (./readRows.ts),
 * which is all but the slug and the repository, and the English description
 * once loaded (./english.ts).
 */
export type TableProject = Omit<CncfProject, 'slug' | 'repoUrl'> & {
  /** Ours (src/data/cncf/descriptions.ko.ts). */
  readonly descriptionKo?: string;
};

export const SORT_KEYS = ['name', ...DATE_FIELDS] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortOrder = 'asc' | 'desc';

export type TableState = {
  readonly stage: Maturity | null;
  /** A category slug (`runtime`) or a category and subcategory (`runtime/container-runtime`). */
  readonly area: string | null;
  readonly query: string;
  readonly sort: SortKey;
  readonly order: SortOrder;
};

/** Names read A→Z; dates read newest first, which is what a reader asks of them. */
export const naturalOrder = (sort: SortKey): SortOrder => (sort === 'name' ? 'asc' : 'desc');

export const defaultState: TableState = {stage: null, area: null, query: '', sort: 'name', order: 'asc'};

const PARAM = {stage: 'stage', area: 'area', query: 'q', sort: 'sort', order: 'order'} as const;

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;

/** Reads a state from a query string; anything unknown falls back to the default, never throws. */
export function parseState(search: string): TableState {
  const params = new URLSearchParams(search);
  const sort = oneOf(SORT_KEYS, params.get(PARAM.sort)) ?? defaultState.sort;
  const area = params.get(PARAM.area);
  return {
    stage: oneOf(MATURITIES, params.get(PARAM.stage)),
    area: area !== null && /^[a-z0-9-]+(\/[a-z0-9-]+)?$/.test(area) ? area : null,
    // Kept as typed, trailing space included: it is also the text box's value while someone types.
    query: params.get(PARAM.query) ?? '',
    sort,
    order: oneOf(['asc', 'desc'], params.get(PARAM.order)) ?? naturalOrder(sort),
  };
}

/**
 * Writes a state into a query string, keeping the parameters that are not the
 * table's and leaving out defaults, so the unfiltered table has a clean URL.
 */
export function serializeState(state: TableState, currentSearch = ''): string {
  const params = new URLSearchParams(currentSearch);
  const set = (key: string, value: string | null) => (value ? params.set(key, value) : params.delete(key));
  set(PARAM.stage, state.stage);
  set(PARAM.area, state.area);
  set(PARAM.query, state.query.trim() ? state.query : null);
  set(PARAM.sort, state.sort === defaultState.sort ? null : state.sort);
  set(PARAM.order, state.order === naturalOrder(state.sort) ? null : state.order);
  const query = params.toString();
  return query ? `?${query}` : '';
}

export const isFiltered = (state: TableState): boolean => state.stage !== null || state.area !== null || state.query.trim() !== '';

/** Every project in the default order: what the server rendered, so the rows need not be read or moved. */
export const isDefaultView = (state: TableState): boolean =>
  !isFiltered(state) && state.sort === defaultState.sort && state.order === defaultState.order;

/** Lower-case, full-width forms folded, spaces dropped: "서비스메시" finds "서비스 메시". */
const fold = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

const searchTexts = new WeakMap<TableProject, string>();

/** Everything the text box searches: name, both descriptions, and the area in Korean and English. */
function searchText(project: TableProject): string {
  let text = searchTexts.get(project);
  if (text === undefined) {
    text = [
      project.name,
      project.descriptionKo ?? '',
      project.description ?? '',
      project.category,
      categoryLabels[project.category],
      project.subcategory,
      subcategoryLabels[project.subcategory],
    ]
      .map(fold)
      .join('\u0000');
    searchTexts.set(project, text);
  }
  return text;
}

/** Every word of the query must appear somewhere in the project's searchable text. */
export function matchesQuery(project: TableProject, query: string): boolean {
  const words = query.split(/\s+/).map(fold).filter(Boolean);
  const text = searchText(project);
  return words.every((word) => text.includes(word));
}

export function matchesArea(project: TableProject, area: string | null): boolean {
  if (area === null) return true;
  const category = slugify(project.category);
  return area === category || area === `${category}/${slugify(project.subcategory)}`;
}

/** The projects that pass the area and text filters, before the stage filter: what the stage counts count. */
export const filterByAreaAndQuery = <P extends TableProject>(projects: readonly P[], state: TableState): P[] =>
  projects.filter((project) => matchesArea(project, state.area) && matchesQuery(project, state.query));

export const filterByStage = <P extends TableProject>(projects: readonly P[], stage: Maturity | null): P[] =>
  stage === null ? [...projects] : projects.filter((project) => project.maturity === stage);

// One collator for every comparison: localeCompare with options builds a new one per call,
// which made sorting 255 rows a visible pause on phones. It is made at the first sort, not
// when the page's code loads: loading ICU's collator takes 25 ms or more on a phone.
let nameCollator: Intl.Collator | undefined;
const byName = (a: TableProject, b: TableProject) => {
  nameCollator ??= new Intl.Collator('en', {sensitivity: 'base', numeric: true});
  return nameCollator.compare(a.name, b.name);
};

/** Sorts a copy; projects without the date sorted on go last in either order, by name. */
export function sortProjects<P extends TableProject>(projects: readonly P[], sort: SortKey, order: SortOrder): P[] {
  const direction = order === 'asc' ? 1 : -1;
  if (sort === 'name') return [...projects].sort((a, b) => direction * byName(a, b));
  const field: DateField = sort;
  return [...projects].sort((a, b) => {
    const x = a.dates[field];
    const y = b.dates[field];
    if (x === undefined || y === undefined) return x === y ? byName(a, b) : x === undefined ? 1 : -1;
    return direction * compareIsoDates(x, y) || byName(a, b);
  });
}
