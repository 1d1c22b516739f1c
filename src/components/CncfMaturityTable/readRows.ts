import {
  DATE_FIELDS,
  MATURITIES,
  categoryLabels,
  maturityLabels,
  subcategoryLabels,
  type Category,
  type Maturity,
  type Subcategory,
} from '@site/src/data/cncf/types';
import {AREA_SEPARATOR} from './ProjectRows/rowsHtml';
import type {TableProject} from './tableState';

export type TableRows = {
  /** The projects as their rows describe them, for the table's filter and sort functions. */
  readonly projects: readonly TableProject[];
  readonly rowOf: ReadonlyMap<TableProject, HTMLTableRowElement>;
};

/** Names as the rows show them, back to the keys of the data (every name is one key's: tests/unit/cncf-data.test.ts). */
const keyOf = <K extends string>(entries: [K, string][]): ReadonlyMap<string, K> =>
  new Map(entries.map(([key, shown]) => [shown, key]));
const stageOf = keyOf(MATURITIES.map((stage): [Maturity, string] => [stage, maturityLabels[stage].en]));
const categoryOf = keyOf(Object.entries(categoryLabels) as [Category, string][]);
const subcategoryOf = keyOf(Object.entries(subcategoryLabels) as [Subcategory, string][]);

/**
 * Reads the projects back from the rows ProjectRows put in the document
 * (./ProjectRows/rowsHtml.ts writes them), so that filtering and sorting need
 * no copy of the data in the page's JavaScript.
 */
export function readRows(tbody: HTMLTableSectionElement, classes: {area: string; description: string}): TableRows {
  const rowOf = new Map<TableProject, HTMLTableRowElement>();
  const projects = Array.from(tbody.rows, (row): TableProject => {
    const text = (className: string) => row.getElementsByClassName(className)[0]?.textContent ?? undefined;
    const [category = '', subcategory = ''] = (text(classes.area) ?? '').split(AREA_SEPARATOR);
    const link = row.querySelector('a');
    const dates = Object.fromEntries(
      DATE_FIELDS.map((field, index) => [field, row.cells[2 + index]?.textContent || undefined]).filter(([, date]) => date),
    ) as TableProject['dates'];
    const project: TableProject = {
      name: link?.textContent ?? '',
      maturity: stageOf.get(row.cells[1]?.querySelector('[lang="en"]')?.textContent ?? '')!,
      category: categoryOf.get(category)!,
      subcategory: subcategoryOf.get(subcategory)!,
      homepageUrl: link?.getAttribute('href') ?? '',
      description: text(classes.description),
      dates,
    };
    rowOf.set(project, row);
    return project;
  });
  return {projects, rowOf};
}
