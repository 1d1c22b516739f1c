import type {ReactNode} from 'react';
import StageBadge from '@site/src/components/StageBadge';
import {projectFacts} from '@site/src/data/cncf/facts';

type Props = {
  /** Landscape slug such as `kubernetes`; an unknown slug fails the build. */
  readonly slug: string;
};

/** The stage badge of a named project, looked up in the data so prose never states a stage by hand. */
export default function CncfProjectStage({slug}: Props): ReactNode {
  return <StageBadge stage={projectFacts(slug).maturity} />;
}
