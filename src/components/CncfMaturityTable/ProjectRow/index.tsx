import {memo, type ReactNode} from 'react';
import StageBadge from '@site/src/components/StageBadge';
import {DATE_FIELDS, categoryLabels, subcategoryLabels, type CncfProject} from '@site/src/data/cncf/types';
import styles from './styles.module.css';

type Props = {readonly project: CncfProject};

/**
 * One project. The area shares the name's cell so that seven columns of facts
 * fit the docs column; memoised because filtering re-renders the table while
 * most rows stay as they were.
 */
function ProjectRow({project}: Props): ReactNode {
  return (
    <tr>
      <td className={styles.project}>
        <a href={project.homepageUrl} className={styles.name}>
          {project.name}
        </a>
        <span className={styles.area}>
          {`${categoryLabels[project.category]} › ${subcategoryLabels[project.subcategory]}`}
        </span>
        {project.description && (
          <span lang="en" className={styles.description}>
            {project.description}
          </span>
        )}
      </td>
      <td>
        <StageBadge stage={project.maturity} />
      </td>
      {DATE_FIELDS.map((field) => (
        <td key={field} className={styles.date}>
          {project.dates[field]}
        </td>
      ))}
    </tr>
  );
}

export default memo(ProjectRow);
