import type {ReactNode} from 'react';
import clsx from 'clsx';
import {maturityLabels, type Maturity} from '@site/src/data/cncf/types';
import styles from './styles.module.css';

type Props = {
  readonly stage: Maturity;
  readonly className?: string;
};

/** The badge's classes, also for the maturity table's rows, which are written as HTML. */
export const stageBadgeClass = (stage: Maturity): string => clsx(styles.badge, styles[stage]);

/** A CNCF maturity stage in Korean with its English name, e.g. "졸업 Graduated". Usable in MDX prose. */
export default function StageBadge({stage, className}: Props): ReactNode {
  const label = maturityLabels[stage];
  return (
    <span className={clsx(stageBadgeClass(stage), className)}>
      {label.ko} <span lang="en">{label.en}</span>
    </span>
  );
}
