import type {ReactNode} from 'react';
import styles from './styles.module.css';

/** Where a page's Markdown copy is (src/plugins/llms): /docs/runtimes/containerd.md, /docs.md for /docs. */
export const markdownHref = (permalink: string): string => `${permalink.replace(/\/+$/, '')}.md`;

/**
 * "Markdown으로 보기 / 복사": a link to the page's Markdown copy and a button
 * that copies it. Markup only, with nothing to hydrate: the button works by
 * ./behaviour.ts, one click listener for the document. A plain <a>, not
 * <Link>: the copy is a file, not a route of the site.
 */
export default function MarkdownCopy({permalink}: {permalink: string}): ReactNode {
  const href = markdownHref(permalink);
  return (
    <div className={styles.copy} role="group" aria-label="이 페이지의 Markdown 사본">
      <a className="button button--sm button--outline button--secondary" href={href}>
        Markdown으로 보기
      </a>
      <button
        type="button"
        className="button button--sm button--outline button--secondary"
        aria-label="Markdown 복사"
        data-markdown-copy={href}>
        복사
      </button>
      <span className={styles.status} role="status" data-markdown-copy-status="" />
    </div>
  );
}
