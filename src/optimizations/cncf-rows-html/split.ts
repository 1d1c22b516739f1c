// Relative imports: the plugin that runs this at build time (./plugin.ts) is loaded without the site's aliases.
import {describedProjects} from '../../data/cncf/described';
import {sortProjects} from '../../components/CncfMaturityTable/tableState';

/**
 * How many of the table's first rows carry their Korean description in the
 * page's HTML. The table ends a long page, well below a phone's first screen,
 * and its code loads a screen before the reader reaches it
 * (static-doc-bodies); these rows fill the table's first screens, and the
 * rest of the descriptions arrive with its code, long before the reader
 * scrolls to row 100. Without JavaScript, the rows after these show no
 * description (the Markdown copy of the page has them all).
 */
export const KOREAN_ROWS_IN_HTML = 100;

/** The Korean descriptions the HTML leaves out, by project name: what ./ProjectRows.browser.tsx adds. */
export function deferredKorean(): Record<string, string> {
  return Object.fromEntries(
    sortProjects(describedProjects, 'name', 'asc')
      .slice(KOREAN_ROWS_IN_HTML)
      .flatMap(({name, descriptionKo}) => (descriptionKo === undefined ? [] : [[name, descriptionKo]])),
  );
}
