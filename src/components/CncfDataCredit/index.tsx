import type {ReactNode} from 'react';
import figures from '@site/src/data/cncf/figures';
import styles from './styles.module.css';

/** The credit the landscape's license asks for, with the snapshot it is from. */
export default function CncfDataCredit(): ReactNode {
  const {meta} = figures;
  const {repository, path, commit} = meta.source;
  return (
    <p className={styles.credit}>
      데이터 출처:{' '}
      <a href="https://landscape.cncf.io/" lang="en">
        {meta.attribution}
      </a>{' '}
      (<a href={`${repository}/blob/${commit}/${path}`}>{meta.snapshotDate} 스냅샷</a>),{' '}
      <a href="https://www.apache.org/licenses/LICENSE-2.0">Apache-2.0</a> 또는{' '}
      <a href="https://creativecommons.org/licenses/by/4.0/deed.ko">CC BY 4.0</a> 라이선스.
    </p>
  );
}
