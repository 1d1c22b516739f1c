import {stageBadgeClass} from '@site/src/components/StageBadge';
import {projects} from '@site/src/data/cncf';
import {sortProjects} from '../tableState';
import {rowsHtml} from './rowsHtml';
import styles from './styles.module.css';

/**
 * Every project's row in the table's first order, by name. The server renders
 * it into the page; the browser loads this module (and the data with it) only
 * when it opens the page without that HTML, after a client-side navigation.
 */
export default function allRowsHtml(): string {
  return rowsHtml(sortProjects(projects, 'name', 'asc'), {
    project: styles.project!,
    name: styles.name!,
    area: styles.area!,
    description: styles.description!,
    date: styles.date!,
    badge: stageBadgeClass,
  });
}
