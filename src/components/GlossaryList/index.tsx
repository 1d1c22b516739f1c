import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import {useDocById} from '@docusaurus/plugin-content-docs/client';
import {docUrl, glossary, type GlossaryTerm} from '@site/src/data/glossary';
import {groupGlossary} from './groups';
import styles from './styles.module.css';

function Entry({term}: {readonly term: GlossaryTerm}): ReactNode {
  // The title comes from the docs plugin, so renaming a page renames the link too.
  const doc = useDocById(term.doc.split('#')[0]);
  // Spellings the docs do not use are still search aliases; the page names them apart.
  const avoided = (term.avoid ?? []).map((entry) => (typeof entry === 'string' ? entry : entry.wrong));
  const others = term.aliases.filter((alias) => !avoided.includes(alias));
  return (
    <li className={styles.entry} data-glossary-term={term.id}>
      <Heading as="h3" id={term.id} className={styles.term}>
        {term.ko}
        {term.en !== term.ko && (
          <span className={styles.english} lang="en">
            {' '}
            ({term.en})
          </span>
        )}
      </Heading>
      <p className={styles.definition}>{term.definition}</p>
      <dl className={styles.meta}>
        {others.length > 0 && (
          <>
            <dt>다른 표기</dt>
            <dd>{others.join(', ')}</dd>
          </>
        )}
        {avoided.length > 0 && (
          <>
            <dt>쓰지 않는 표기</dt>
            <dd>
              {avoided.join(', ')}
              {term.usage && ` (${term.usage})`}
            </dd>
          </>
        )}
        <dt>설명 문서</dt>
        <dd>
          <Link to={docUrl(term)}>{doc?.title ?? term.doc}</Link>
        </dd>
      </dl>
    </li>
  );
}

/** The whole glossary, 가나다 order, with an index of initial consonants. */
export default function GlossaryList(): ReactNode {
  const groups = groupGlossary(glossary);
  return (
    <div className={styles.glossary}>
      <nav className={styles.index} aria-label="용어집 색인">
        <ul>
          {groups.map((group) => (
            <li key={group.id}>
              <Link to={`#${group.id}`}>{group.label}</Link>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map((group) => (
        <section key={group.id} aria-labelledby={group.id}>
          <Heading as="h2" id={group.id} className={styles.groupHeading}>
            {group.label}
          </Heading>
          <ul className={styles.entries}>
            {group.terms.map((term) => (
              <Entry key={term.id} term={term} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
