import type {ReactNode} from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';
import styles from './styles.module.css';

// A plain GET form: it reaches the full search page even before (or without)
// JavaScript, and costs the home page no search-index download.
export default function HomeSearch(): ReactNode {
  return (
    <form className={styles.form} action={useBaseUrl('/search')} method="get" role="search">
      <label htmlFor="home-search" className="visually-hidden">
        문서 검색
      </label>
      <input
        id="home-search"
        className={styles.input}
        type="search"
        name="q"
        placeholder="예: 컨테이너 런타임, overlay2, 쿠버네티스"
        autoComplete="off"
        required
      />
      <button className="button button--primary" type="submit">
        검색
      </button>
    </form>
  );
}
