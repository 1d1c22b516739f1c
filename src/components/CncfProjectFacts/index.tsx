import type {ReactNode} from 'react';
import CncfDataCredit from '@site/src/components/CncfDataCredit';
import StageBadge from '@site/src/components/StageBadge';
import {projectFacts} from '@site/src/data/cncf/facts';
import figures from '@site/src/data/cncf/figures';
import {categoryLabels, dateLabels, subcategoryLabels, type DateField} from '@site/src/data/cncf/types';
import styles from './styles.module.css';

type Props = {
  /** Landscape slugs, e.g. `['kubernetes', 'prometheus']`; an unknown slug fails the build. */
  readonly slugs: readonly string[];
  readonly caption?: string;
};

const DATES: readonly DateField[] = ['accepted', 'incubating', 'graduated'];

/** A few named projects with their area, stage and dates, straight from the landscape data. */
export default function CncfProjectFacts({slugs, caption = 'CNCF 프로젝트의 현재 단계와 날짜'}: Props): ReactNode {
  const rows = slugs.map((slug) => ({slug, ...projectFacts(slug)}));
  return (
    <>
      <div className={styles.scroller} role="region" aria-label={caption} tabIndex={0}>
        <table className={styles.table}>
          <caption className={styles.caption}>
            {caption} ({figures.meta.snapshotDate} 기준)
          </caption>
          <thead>
            <tr>
              <th scope="col">
                프로젝트<span className={styles.subLabel}>분야</span>
              </th>
              <th scope="col">단계</th>
              {DATES.map((field) => (
                <th key={field} scope="col">
                  {dateLabels[field].ko}
                  <span lang="en" className={styles.subLabel}>
                    {dateLabels[field].en}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((project) => (
              <tr key={project.slug}>
                <th scope="row" className={styles.project}>
                  <a href={project.homepageUrl}>{project.name}</a>
                  <span className={styles.area}>{`${categoryLabels[project.category]} › ${subcategoryLabels[project.subcategory]}`}</span>
                </th>
                <td>
                  <StageBadge stage={project.maturity} />
                </td>
                {DATES.map((field) => (
                  <td key={field} className={styles.date}>
                    {project.dates[field]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <CncfDataCredit />
    </>
  );
}
