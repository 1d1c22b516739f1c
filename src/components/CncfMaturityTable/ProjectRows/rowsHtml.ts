import {escapeHtml} from '@site/src/lib/escapeHtml';
import {STALE_NOTICE_KO, type DescribedProject} from '@site/src/data/cncf/descriptions';
import {DATE_FIELDS, categoryLabels, dateLabels, maturityLabels, subcategoryLabels, type CncfProject} from '@site/src/data/cncf/types';
import {AREA_SEPARATOR, ENGLISH_SUMMARY} from './markup';

/** The theme's external-link icon (theme-classic's IconExternalLink), drawn from the sprite every page carries. */
const EXTERNAL_ICON_SPRITE = '#theme-svg-external-link';

/** What the rows need from outside this plain, testable string building. */
export type RowParts = {
  /** The CSS module class of a stale Korean description's notice. */
  readonly stale: string;
  /** The classes of a stage's badge, as StageBadge draws it. */
  readonly badge: (stage: CncfProject['maturity']) => string;
  /** The external-link icon's accessible name, as the theme translates it ("(새 탭에서 열림)"). */
  readonly newTab: string;
};

export type RowOptions = {
  /**
   * How many rows, from the first, carry their Korean description; the rest
   * leave it out, for the browser to add (src/optimizations/cncf-rows-html).
   * All of them unless said.
   */
  readonly koreanRows?: number;
};

/**
 * One `<tr>` per project, as HTML: the table's rows are markup the browser
 * keeps rather than components it hydrates (src/optimizations/cncf-rows-html).
 * Filtering reads the project back from the cells (../readRows.ts).
 *
 * The rows are most of their page's weight, so they carry what a reader sees
 * and nothing else: no classes but the badge's and a stale notice's (the
 * table styles its cells by element), no data attributes, no date a project
 * does not have. A row shows the Korean description; the English comes from
 * a JSON file when the reader opens the row's "영어 원문" or searches, except
 * where the Korean is stale (then the English is open under the notice) or
 * missing (then the English stands in, marked as English).
 */
export function rowsHtml(projects: readonly DescribedProject[], parts: RowParts, {koreanRows = Infinity}: RowOptions = {}): string {
  const icon = `<svg width="13.5" height="13.5" aria-label="${escapeHtml(parts.newTab)}"><use href="${EXTERNAL_ICON_SPRITE}"></use></svg>`;
  return projects
    .map((project, index) => {
      const area = categoryLabels[project.category] + AREA_SEPARATOR + subcategoryLabels[project.subcategory];
      const english = project.description === undefined ? '' : escapeHtml(project.description);
      let description: string;
      if (project.descriptionKo === undefined) {
        description = english ? `<p lang="en">${english}</p>` : '';
      } else {
        description = index < koreanRows ? `<p>${escapeHtml(project.descriptionKo)}</p>` : '';
        if (project.descriptionKoStale) {
          description += `<p class="${parts.stale}">${escapeHtml(STALE_NOTICE_KO)}</p>`;
          description += `<details open><summary>${ENGLISH_SUMMARY}</summary><p lang="en">${english}</p></details>`;
        } else if (english) {
          description += `<details><summary>${ENGLISH_SUMMARY}</summary></details>`;
        }
      }
      const label = maturityLabels[project.maturity];
      const dates = DATE_FIELDS.flatMap((field) => {
        const date = project.dates[field];
        return date === undefined ? [] : [`<span>${dateLabels[field].ko} ${escapeHtml(date)}</span>`];
      });
      return [
        '<tr><td>',
        `<a href="${escapeHtml(project.homepageUrl)}" target="_blank" rel="noopener noreferrer">${escapeHtml(project.name)}${icon}</a>`,
        `<small>${escapeHtml(area)}</small>${description}</td>`,
        `<td><span class="${parts.badge(project.maturity)}">${label.ko} <span lang="en">${label.en}</span></span></td>`,
        `<td>${dates.join('')}</td>`,
        '</tr>',
      ].join('');
    })
    .join('');
}
