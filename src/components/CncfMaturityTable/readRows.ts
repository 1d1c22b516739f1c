import {DATE_FIELDS, type CncfProject} from '@site/src/data/cncf/types';

export type TableRows = {
  /** The projects as their rows describe them, for the table's filter and sort functions. */
  readonly projects: readonly CncfProject[];
  readonly rowOf: ReadonlyMap<string, HTMLTableRowElement>;
};

/**
 * Reads the projects back from the rows ProjectRows put in the document
 * (./ProjectRows/rowsHtml.ts writes them), so that filtering and sorting need
 * no copy of the data in the page's JavaScript.
 */
export function readRows(tbody: HTMLTableSectionElement, descriptionClass: string): TableRows {
  const rowOf = new Map<string, HTMLTableRowElement>();
  const projects = Array.from(tbody.rows, (row): CncfProject => {
    const {slug = '', stage, category, subcategory} = row.dataset;
    const link = row.querySelector('a');
    const description = row.getElementsByClassName(descriptionClass)[0]?.textContent ?? undefined;
    const dates = Object.fromEntries(
      DATE_FIELDS.map((field, index) => [field, row.cells[2 + index]?.textContent || undefined]).filter(([, date]) => date),
    ) as CncfProject['dates'];
    rowOf.set(slug, row);
    return {
      slug,
      name: link?.textContent ?? '',
      maturity: stage as CncfProject['maturity'],
      category: category as CncfProject['category'],
      subcategory: subcategory as CncfProject['subcategory'],
      homepageUrl: link?.getAttribute('href') ?? '',
      description,
      dates,
    };
  });
  return {projects, rowOf};
}
