import type {CSSProperties, ReactNode} from 'react';
import {graduationsByYear, meta, projects} from '@site/src/data/cncf';
import styles from './styles.module.css';

const snapshotYear = Number(meta.snapshotDate.slice(0, 4));
const years = graduationsByYear(projects, snapshotYear);
const most = Math.max(1, ...years.map((year) => year.projects.length));
const total = years.reduce((sum, year) => sum + year.projects.length, 0);

/** CNCF graduations per year as bars drawn in CSS, each naming the projects that graduated. */
export default function GraduationTimeline(): ReactNode {
  return (
    <figure className={styles.figure}>
      <ol className={styles.years}>
        {years.map(({year, projects: graduated}) => (
          <li key={year} className={styles.year}>
            <span className={styles.label}>{year}년</span>
            <span className={styles.track} aria-hidden="true">
              <span className={styles.bar} style={{'--share': graduated.length / most} as CSSProperties} />
            </span>
            <span className={styles.count}>{graduated.length}개</span>
            <span className={styles.names}>{graduated.map((project) => project.name).join(', ')}</span>
          </li>
        ))}
      </ol>
      <figcaption className={styles.caption}>
        연도별 CNCF 졸업(Graduated) 프로젝트 수. 모두 {total}개이며, {snapshotYear}년은 {meta.snapshotDate}까지 졸업한
        프로젝트만 셉니다.
      </figcaption>
    </figure>
  );
}
