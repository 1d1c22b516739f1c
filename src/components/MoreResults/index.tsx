import {useEffect, useRef, type ReactNode} from 'react';
import styles from './styles.module.css';

type Props = {
  /** How many results are not shown yet. */
  readonly remaining: number;
  readonly onMore: () => void;
};

/**
 * Shows the next results as the reader scrolls near the end of the list, and
 * is a button for whoever gets there without scrolling (keyboard, screen
 * reader). The search page renders its first results only: laying out every
 * match with its highlighted excerpt at once was the longest task of a
 * search on a phone.
 */
export default function MoreResults({remaining, onMore}: Props): ReactNode {
  const button = useRef<HTMLButtonElement>(null);
  // Observed afresh after each batch: a button still within reach (a tall screen) reports itself again and brings the next.
  useEffect(() => {
    const target = button.current;
    if (!target) return undefined;
    const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && onMore(), {
      rootMargin: '0px 0px 600px 0px',
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [onMore, remaining]);
  return (
    <button ref={button} type="button" className={styles.more} onClick={onMore}>
      검색 결과 더 보기 ({remaining}개 남음)
    </button>
  );
}
