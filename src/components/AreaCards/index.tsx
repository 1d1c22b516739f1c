import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {areas} from '@site/src/data/areas';
import styles from './styles.module.css';

export default function AreaCards(): ReactNode {
  return (
    <ul className={styles.grid}>
      {areas.map((area) => (
        <li key={area.id} className={styles.card}>
          <h3 className={styles.title}>
            <Link to={`/docs/${area.id}`}>{area.title}</Link>
          </h3>
          <p>{area.summary}</p>
          <ul className={styles.topics}>
            {area.topics.map((topic) => (
              <li key={topic.doc}>
                <Link to={`/docs/${topic.doc}`}>{topic.label}</Link>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
