import {useId, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {useLocation} from '@docusaurus/router';
import type {TermFields} from '@site/src/data/glossary/remark';
import styles from './styles.module.css';

/**
 * Authors write only the id (and, if they like, the words); the build adds the
 * term's fields from the glossary (src/data/glossary/remark.ts).
 */
type Props = Partial<TermFields> & {
  /** An id from src/data/glossary/terms.ts; an unknown id fails the build. */
  readonly id: string;
  /** The words as they read in the sentence; the term's Korean spelling if omitted. */
  readonly children?: ReactNode;
};

function withFields(id: string, {ko, en, definition, href}: Partial<TermFields>): TermFields & {id: string} {
  if (ko === undefined || en === undefined || definition === undefined || href === undefined) {
    throw new Error(
      `<Term id="${id}"> has no glossary fields: only Markdown pages get them, from remarkGlossaryTerms in docusaurus.config.ts.`,
    );
  }
  return {id, ko, en, definition, href};
}

/**
 * A glossary term in running text, with its definition in a popup.
 * Everything is a <span> so the term is valid inside a paragraph, and the
 * definition is in the server HTML so aria-describedby works before hydration.
 * This is markup only: the popup opens and closes by ./behaviour.ts, one set
 * of listeners for the whole document, so a page's terms need no hydration.
 */
export default function Term({id, children, ...fields}: Props): ReactNode {
  const term = withFields(id, fields);
  const tooltipId = useId();
  const {pathname} = useLocation();
  const url = term.href;
  // On the page that explains the term, a link to that page would lead nowhere; the glossary says more.
  const isThisPage = !url.includes('#') && url.replace(/\/$/, '') === pathname.replace(/\/$/, '');
  const more = isThisPage
    ? {to: `/docs/glossary#${term.id}`, label: `용어집에서 ${term.ko} 보기`}
    : {to: url, label: `${term.ko} 자세히 보기`};

  return (
    <span className={styles.root} data-term-root="">
      <span className={styles.trigger} role="button" tabIndex={0} aria-describedby={tooltipId} data-term={term.id}>
        {children ?? term.ko}
      </span>
      <span className={styles.popup} data-glossary-popup="">
        <span className={styles.card}>
          <span role="tooltip" id={tooltipId} className={styles.tooltip}>
            <span className={styles.english} lang="en">
              {term.en}
            </span>{' '}
            <span className={styles.definition}>{term.definition}</span>
          </span>
          <Link className={styles.more} to={more.to}>
            {more.label}
          </Link>
        </span>
      </span>
    </span>
  );
}
