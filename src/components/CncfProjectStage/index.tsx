import type {ReactNode} from 'react';
import StageBadge from '@site/src/components/StageBadge';
import {projectBySlug} from '@site/src/data/cncf';

type Props = {
  /** Landscape slug such as `kubernetes`; an unknown slug fails the build. */
  readonly slug: string;
};

/** The stage badge of a named project, looked up in the data so prose never states a stage by hand. */
export default function CncfProjectStage({slug}: Props): ReactNode {
  return <StageBadge stage={projectBySlug(slug).maturity} />;
}
