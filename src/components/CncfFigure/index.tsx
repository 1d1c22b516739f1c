import type {ReactNode} from 'react';
import {countByStage, meta, projects} from '@site/src/data/cncf';
import type {Maturity} from '@site/src/data/cncf/types';

type Props =
  | {readonly of: 'total'}
  | {readonly of: 'snapshot-date'}
  | {readonly of: 'count' | 'share'; readonly stage: Maturity};

const counts = countByStage(projects);

/**
 * A number quoted in prose, read from the CNCF data so that it follows the
 * next import instead of going stale: `<CncfFigure of="count" stage="sandbox" />`.
 */
export default function CncfFigure(props: Props): ReactNode {
  switch (props.of) {
    case 'total':
      return projects.length;
    case 'snapshot-date':
      return meta.snapshotDate;
    case 'count':
      return counts[props.stage];
    case 'share':
      return `${((counts[props.stage] / projects.length) * 100).toFixed(1)}%`;
  }
}
