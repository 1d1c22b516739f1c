import type {CSSProperties, ReactNode} from 'react';
import figures from '@site/src/data/cncf/figures';
import styles from './styles.module.css';

const {graduations, meta} = figures;
const most = Math.max(1, ...graduations.map((year) => year.names.length));
const total = graduations.reduce((sum, year) => sum + year.names.length, 0);

/** CNCF graduations per year as bars drawn in CSS, each naming the projects that graduated. */
export default function GraduationTimeline(): ReactNode {
  return (
    <figure className={styles.figure}>
      <ol className={styles.years}>
        {graduations.map(({year, names}) => (
          <li key={year} className={styles.year}>
            <span className={styles.label}>{year}년</span>
            <span className={styles.track} aria-hidden="true">
              <span className={styles.bar} style={{'--share': names.length / most} as CSSProperties} />
            </span>
            <span className={styles.count}>{names.length}개</span>
            <span className={styles.names}>{names.join(', ')}</span>
          </li>
        ))}
      </ol>
      <figcaption className={styles.caption}>
        연도별 CNCF 졸업(Graduated) 프로젝트 수. 모두 {total}개이며, {meta.snapshotDate.slice(0, 4)}년은 {meta.snapshotDate}까지 졸업한
        프로젝트만 셉니다.
      </figcaption>
    </figure>
  );
}
