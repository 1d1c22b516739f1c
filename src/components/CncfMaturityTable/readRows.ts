import {
  DATE_FIELDS,
  MATURITIES,
  categoryLabels,
  dateLabels,
  maturityLabels,
  subcategoryLabels,
  type Category,
  type DateField,
  type Maturity,
  type Subcategory,
} from '@site/src/data/cncf/types';
import {AREA_SEPARATOR} from './ProjectRows/markup';
import type {TableProject} from './tableState';

export type TableRows = {
  /** The projects as their rows describe them, for the table's filter and sort functions. */
  readonly projects: readonly TableProject[];
  /** Each project's row, by name (names are unique: tests/unit/cncf-data.test.ts). */
  readonly rowOf: ReadonlyMap<string, HTMLTableRowElement>;
};

/** Names as the rows show them, back to the keys of the data (every name is one key's: tests/unit/cncf-data.test.ts). */
const keyOf = <K extends string>(entries: [K, string][]): ReadonlyMap<string, K> => new Map(entries.map(([key, shown]) => [shown, key]));
const stageOf = keyOf(MATURITIES.map((stage): [Maturity, string] => [stage, maturityLabels[stage].en]));
const categoryOf = keyOf(Object.entries(categoryLabels) as [Category, string][]);
const subcategoryOf = keyOf(Object.entries(subcategoryLabels) as [Subcategory, string][]);
const dateFieldOf = keyOf(DATE_FIELDS.map((field): [DateField, string] => [field, dateLabels[field].ko]));

/**
 * Reads the projects back from the rows ProjectRows put in the document
 * (./ProjectRows/rowsHtml.ts writes them), so that filtering and sorting need
 * no copy of the data in the page's JavaScript. The English descriptions are
 * not in the rows (but where the Korean is stale or missing): the table adds
 * them once loaded (./english.ts).
 */
export function readRows(tbody: HTMLTableSectionElement): TableRows {
  const rowOf = new Map<string, HTMLTableRowElement>();
  const projects = Array.from(tbody.rows, (row): TableProject => {
    const [about, stage, history] = Array.from(row.cells);
    const link = about?.querySelector('a');
    const [category = '', subcategory = ''] = (about?.querySelector('small')?.textContent ?? '').split(AREA_SEPARATOR);
    // The first paragraph without a class (a stale notice has one) is the Korean, or the English standing in for a missing Korean.
    const first = about?.querySelector<HTMLParagraphElement>(':scope > p:not([class])');
    const english = about?.querySelector('p[lang="en"]')?.textContent ?? undefined;
    const dates = Object.fromEntries(
      Array.from(history?.children ?? [], (date) => {
        const [label = '', value] = (date.textContent ?? '').split(' ');
        return [dateFieldOf.get(label), value];
      }).filter(([field, value]) => field && value),
    ) as TableProject['dates'];
    const project: TableProject = {
      name: link?.textContent ?? '',
      maturity: stageOf.get(stage?.querySelector('[lang="en"]')?.textContent ?? '')!,
      category: categoryOf.get(category)!,
      subcategory: subcategoryOf.get(subcategory)!,
      homepageUrl: link?.getAttribute('href') ?? '',
      description: english,
      descriptionKo: first && !first.lang ? (first.textContent ?? undefined) : undefined,
      dates,
    };
    rowOf.set(project.name, row);
    return project;
  });
  return {projects, rowOf};
}

/** The projects with the English descriptions filled in from the loaded file. */
export const withEnglish = (projects: readonly TableProject[], english: Readonly<Record<string, string>>): TableProject[] =>
  projects.map((project) => (Object.hasOwn(english, project.name) ? {...project, description: english[project.name]} : project));
