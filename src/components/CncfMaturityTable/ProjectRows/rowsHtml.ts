import {escapeHtml} from '@site/src/lib/escapeHtml';
import {DATE_FIELDS, categoryLabels, maturityLabels, subcategoryLabels, type CncfProject} from '@site/src/data/cncf/types';

/** Between a row's category and subcategory, as it shows them. */
export const AREA_SEPARATOR = ' › ';

/** The CSS module classes the rows use, passed in so that this stays plain, testable string building. */
export type RowClasses = {
  readonly project: string;
  readonly name: string;
  readonly area: string;
  readonly description: string;
  readonly date: string;
  /** The classes of a stage's badge, as StageBadge draws it. */
  readonly badge: (stage: CncfProject['maturity']) => string;
};

/**
 * One `<tr>` per project, as HTML: the table's rows are markup the browser
 * keeps rather than components it hydrates (see ./index.browser.tsx).
 * Filtering reads the project back from the cells (../readRows.ts), so the
 * rows carry nothing else: 255 rows of data attributes cost the page 2 KiB.
 */
export function rowsHtml(projects: readonly CncfProject[], classes: RowClasses): string {
  return projects
    .map((project) => {
      const area = categoryLabels[project.category] + AREA_SEPARATOR + subcategoryLabels[project.subcategory];
      const description = project.description
        ? `<span lang="en" class="${classes.description}">${escapeHtml(project.description)}</span>`
        : '';
      const label = maturityLabels[project.maturity];
      const dates = DATE_FIELDS.map((field) => `<td class="${classes.date}">${escapeHtml(project.dates[field] ?? '')}</td>`);
      return [
        '<tr>',
        `<td class="${classes.project}"><a href="${escapeHtml(project.homepageUrl)}" class="${classes.name}">${escapeHtml(project.name)}</a>`,
        `<span class="${classes.area}">${escapeHtml(area)}</span>${description}</td>`,
        `<td><span class="${classes.badge(project.maturity)}">${label.ko} <span lang="en">${label.en}</span></span></td>`,
        ...dates,
        '</tr>',
      ].join('');
    })
    .join('');
}
