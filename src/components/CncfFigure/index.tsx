import type {ReactNode} from 'react';
import figures from '@site/src/data/cncf/figures';
import type {Maturity} from '@site/src/data/cncf/types';

type Props = {readonly of: 'total'} | {readonly of: 'snapshot-date'} | {readonly of: 'count' | 'share'; readonly stage: Maturity};

/**
 * A number quoted in prose, read from the CNCF data so that it follows the
 * next import instead of going stale: `<CncfFigure of="count" stage="sandbox" />`.
 */
export default function CncfFigure(props: Props): ReactNode {
  switch (props.of) {
    case 'total':
      return figures.total;
    case 'snapshot-date':
      return figures.meta.snapshotDate;
    case 'count':
      return figures.counts[props.stage];
    case 'share':
      return `${((figures.counts[props.stage] / figures.total) * 100).toFixed(1)}%`;
  }
}
