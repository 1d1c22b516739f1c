import type {ReactNode} from 'react';
import {useDocsVersion} from '@docusaurus/plugin-content-docs/client';
import {useLocation} from '@docusaurus/router';
import DocBreadcrumbs from '@theme-original/DocBreadcrumbs';
import type DocBreadcrumbsType from '@theme/DocBreadcrumbs';
import type {WrapperProps} from '@docusaurus/types';
import MarkdownCopy from '@site/src/components/MarkdownCopy';
import styles from './styles.module.css';

type Props = WrapperProps<typeof DocBreadcrumbsType>;

/**
 * The theme's breadcrumbs, with the "Markdown으로 보기 / 복사" control at the
 * end of their row (below them on a phone): above the doc body, not in it, on
 * every page of the current edition, the only one with Markdown copies (src/plugins/llms).
 */
export default function DocBreadcrumbsWrapper(props: Props): ReactNode {
  const version = useDocsVersion();
  const {pathname} = useLocation();
  if (version.version !== 'current') return <DocBreadcrumbs {...props} />;
  return (
    <div className={styles.bar}>
      <DocBreadcrumbs {...props} />
      <MarkdownCopy permalink={pathname} />
    </div>
  );
}
