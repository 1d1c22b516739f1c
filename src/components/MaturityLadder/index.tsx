import type {ReactNode} from 'react';
import StageBadge from '@site/src/components/StageBadge';
import figures from '@site/src/data/cncf/figures';
import {archived, criteriaSource, ladder, type StageCriteria} from '@site/src/data/cncf/stages';
import styles from './styles.module.css';

function Stage({criteria, requiresLabel}: {criteria: StageCriteria; requiresLabel: string}): ReactNode {
  return (
    <>
      <p className={styles.head}>
        <StageBadge stage={criteria.stage} />
        <span className={styles.count}>
          <strong>{figures.counts[criteria.stage]}</strong>개
        </span>
      </p>
      <p className={styles.summary}>{criteria.summary}</p>
      <p className={styles.requiresLabel}>{requiresLabel}</p>
      <ul className={styles.requires}>
        {criteria.requires.map((requirement) => (
          <li key={requirement}>{requirement}</li>
        ))}
      </ul>
    </>
  );
}

/**
 * The maturity ladder: Sandbox → Incubating → Graduated, with Archived beside
 * it, the number of projects at each stage and what a project must show to get there.
 */
export default function MaturityLadder(): ReactNode {
  return (
    <figure className={styles.figure}>
      <ol className={styles.ladder}>
        {ladder.map((criteria, index) => (
          <li key={criteria.stage} className={styles.step}>
            <Stage criteria={criteria} requiresLabel={index === 0 ? '들어오는 조건' : '올라오는 조건 (앞 단계 조건에 더해)'} />
          </li>
        ))}
      </ol>
      <div className={styles.archived}>
        <Stage criteria={archived} requiresLabel="보관되는 절차와 그 뒤" />
      </div>
      <figcaption className={styles.caption}>
        CNCF 프로젝트는 샌드박스에서 인큐베이팅을 거쳐 졸업으로 올라가며, 어느 단계에서든 보관(Archived)될 수 있습니다. 프로젝트 수는{' '}
        {figures.meta.snapshotDate} 기준이고, 조건은 CNCF 기술 감독 위원회(TOC)의 <a href={criteriaSource.incubation}>인큐베이팅</a>·
        <a href={criteriaSource.graduation}>졸업 신청 양식</a>과 <a href={criteriaSource.archiving}>보관 절차</a>를 요약했습니다.
      </figcaption>
    </figure>
  );
}
