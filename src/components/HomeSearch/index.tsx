import type {ReactNode} from 'react';
import clsx from 'clsx';
import useBaseUrl from '@docusaurus/useBaseUrl';
import styles from './styles.module.css';

type Props = {
  /** The input's id, unique on its page. */
  readonly id?: string;
};

// A plain GET form: it reaches the full search page even before (or without)
// JavaScript, and costs the page no search-index download. The home page and
// the 404 page use it.
export default function HomeSearch({id = 'home-search'}: Props): ReactNode {
  return (
    <form className={styles.form} action={useBaseUrl('/search')} method="get" role="search">
      <label htmlFor={id} className="visually-hidden">
        문서 검색
      </label>
      <input
        id={id}
        className={styles.input}
        type="search"
        name="q"
        placeholder="예: 컨테이너 런타임, overlay2, 쿠버네티스"
        autoComplete="off"
        required
      />
      <button className={clsx('button button--primary', styles.button)} type="submit">
        검색
      </button>
    </form>
  );
}
