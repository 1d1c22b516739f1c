import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import styles from './styles.module.css';

type Props = {
  /** What the reader typed. */
  readonly typed: string;
  /** What the search read it as. */
  readonly corrected: string;
  /** Whether these results are for the words as typed. */
  readonly literal: boolean;
  /** The search page for the other reading: as typed when corrected, corrected when as typed. */
  readonly otherHref: string;
};

/**
 * Says above the results that a word was read as another, and offers the
 * words as typed; or, searching as typed, offers the reading back.
 */
export default function SearchCorrection({typed, corrected, literal, otherHref}: Props): ReactNode {
  return (
    <p className={styles.notice}>
      {literal ? (
        <>
          입력한 그대로 &apos;<strong>{typed}</strong>&apos;(으)로 찾은 결과입니다.{' '}
          <Link to={otherHref}>&apos;{corrected}&apos;(으)로 찾기</Link>
        </>
      ) : (
        <>
          &apos;<strong>{corrected}</strong>&apos;(으)로 찾은 결과입니다.{' '}
          <Link to={otherHref}>입력한 그대로 &apos;{typed}&apos;(으)로 찾기</Link>
        </>
      )}
    </p>
  );
}
