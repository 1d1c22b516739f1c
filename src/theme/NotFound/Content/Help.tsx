import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useIsBrowser from '@docusaurus/useIsBrowser';
import Heading from '@theme/Heading';
import HomeSearch from '@site/src/components/HomeSearch';
import ReportProblem from '@site/src/components/ReportProblem';
import type {ReportedPage} from '@site/src/plugins/report-problem/issueUrl';
import {areas} from '@site/src/data/areas';
import styles from './styles.module.css';

/** What the report form says of a missing page at `url`, and of the page that linked there when the browser says. */
const missingPage = (url: string, referrer = ''): ReportedPage => ({
  title: '없는 페이지 (404)',
  url,
  version: '해당 없음',
  problem: `이 주소를 열었더니 페이지가 없었습니다.${referrer ? ` 이 주소로 오게 한 링크가 있던 페이지: ${referrer}` : ''}`,
});

/**
 * The 404 page's help: a search box that works without JavaScript, the
 * areas and the glossary, and a report form filled in with the missing
 * address. 404.html is drawn once for every missing address, which only the
 * browser knows: the link names /404 until hydration is done, then the
 * address.
 */
export default function NotFoundHelp(): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  // False until hydration is done, so the first render matches the HTML.
  const page = useIsBrowser() ? missingPage(window.location.href, document.referrer) : missingPage(`${siteConfig.url}/404`);
  return (
    <>
      <div className={styles.search}>
        <HomeSearch id="not-found-search" />
      </div>
      <Heading as="h2" className={styles.heading}>
        문서의 영역
      </Heading>
      <ul className={styles.areas}>
        {areas.map((area) => (
          <li key={area.id}>
            <Link to={`/docs/${area.id}`}>{area.title}</Link>
          </li>
        ))}
      </ul>
      <p>
        처음이라면 <Link to="/docs/">시작하기</Link>부터, 낯선 낱말은 <Link to="/docs/glossary">용어집</Link>에서 찾아보세요.
      </p>
      <Heading as="h2" className={styles.heading}>
        링크가 깨져 있었나요
      </Heading>
      <p>사이트 안의 링크를 따라왔는데 이 페이지가 나왔다면 알려 주세요. 고쳐야 할 링크를 찾는 데 도움이 됩니다.</p>
      <ReportProblem page={page} />
    </>
  );
}
