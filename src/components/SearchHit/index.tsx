import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import MarkedText from '@site/src/components/MarkedText';
import type {PageHit} from '@site/src/search/results';
import styles from './styles.module.css';

type Props = {
  readonly page: PageHit;
  /** Query string that asks the page a result opens to highlight the matched words (`?_highlight=…`), or ''. */
  readonly highlight: string;
};

/** `/docs/a#b` with a query string before its anchor. */
function withQuery(url: string, query: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url + query : url.slice(0, hash) + query + url.slice(hash);
}

/** One page of the search results: its title, where it sits, what it says, and its matching sections under it. */
export default function SearchHit({page, highlight}: Props): ReactNode {
  return (
    <article className={styles.hit}>
      <h2 className={styles.title}>
        <Link to={withQuery(page.url, highlight)}>
          <MarkedText value={page.title} />
        </Link>
      </h2>
      {page.path.length > 0 && <p className={styles.path}>{page.path.join(' › ')}</p>}
      {page.excerpt && (
        <p className={styles.excerpt}>
          <MarkedText value={page.excerpt} />
        </p>
      )}
      {page.sections.length > 0 && (
        <ul className={styles.sections} aria-label={`${page.title.text}에서 찾은 절`}>
          {page.sections.map((section) => (
            <li key={section.url} className={styles.section}>
              <Link to={withQuery(section.url, highlight)} className={styles.heading}>
                <MarkedText value={section.heading} />
              </Link>
              {section.excerpt && (
                <p className={styles.excerpt}>
                  <MarkedText value={section.excerpt} />
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
