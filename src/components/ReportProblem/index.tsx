import type {ReactNode} from 'react';
import clsx from 'clsx';
import {usePluginData} from '@docusaurus/useGlobalData';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {ReportProblemData} from '@site/src/plugins/report-problem/plugin';
import {reportUrl, type ReportedPage} from '@site/src/plugins/report-problem/issueUrl';
import styles from './styles.module.css';

/**
 * The full URL readers open a page at: a doc's permalink may end in a slash
 * (an area's index, /docs/containers/) which links drop or add by the site's
 * trailingSlash setting, as the theme's Link does.
 */
export function usePageUrl(permalink: string): string {
  const {siteConfig} = useDocusaurusContext();
  const bare = permalink.replace(/(.)\/+$/, '$1');
  const path =
    siteConfig.trailingSlash === true && !bare.endsWith('/') ? `${bare}/` : siteConfig.trailingSlash === false ? bare : permalink;
  return `${siteConfig.url}${path}`;
}

type Props = {
  readonly page: ReportedPage;
  readonly className?: string;
};

/**
 * "오류 신고": a link to the repository's issue form with the page's title,
 * URL, edition and the build's commit filled in (src/plugins/report-problem).
 * Markup only. A plain <a>: the form is on GitHub, not a route of the site.
 */
export default function ReportProblem({page, className}: Props): ReactNode {
  const {repository, commit} = usePluginData('report-problem') as ReportProblemData;
  return (
    <p className={clsx(styles.report, className)}>
      <a className={styles.link} href={reportUrl(repository, page, commit)} data-report-problem="">
        오류 신고
      </a>
      <span className={styles.hint}>틀린 곳을 GitHub 이슈로 알려 주세요</span>
    </p>
  );
}
