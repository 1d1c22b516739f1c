import {translate} from '@docusaurus/Translate';
import {stageBadgeClass} from '@site/src/components/StageBadge';
import {describedProjects} from '@site/src/data/cncf/described';
import {sortProjects} from '../tableState';
import {rowsHtml, type RowOptions} from './rowsHtml';
import styles from './styles.module.css';

/**
 * Every project's row in the table's first order, by name. The server renders
 * it into the page; the browser loads this module (and the data with it) only
 * when it opens the page without that HTML, after a client-side navigation.
 */
export default function allRowsHtml(options?: RowOptions): string {
  return rowsHtml(
    sortProjects(describedProjects, 'name', 'asc'),
    {
      stale: styles.stale!,
      badge: stageBadgeClass,
      // The theme's own label for its external-link icon, as i18n/ko/code.json translates it.
      newTab: translate({
        id: 'theme.IconExternalLink.ariaLabel',
        message: '(opens in new tab)',
        description: 'The ARIA label for the external link icon',
      }),
    },
    options,
  );
}
