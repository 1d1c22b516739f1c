import type {ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import useIsBrowser from '@docusaurus/useIsBrowser';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Heading from '@theme/Heading';
import type {Props} from '@theme/NotFound/Content';
import HomeSearch from '@site/src/components/HomeSearch';
import ReportProblem from '@site/src/components/ReportProblem';
import {areas} from '@site/src/data/areas';
import styles from './styles.module.css';

/** What the report form says of a missing page: the address, and where the reader came from when the browser says. */
function missingPage(siteUrl: string, isBrowser: boolean) {
  // 404.html is drawn once for every missing address: the address is known in the browser only.
  const url = isBrowser ? window.location.href : `${siteUrl}/404`;
  const referrer = isBrowser && document.referrer ? ` 이 주소로 오게 한 링크가 있던 페이지: ${document.referrer}` : '';
  return {
    title: '없는 페이지 (404)',
    url,
    version: '해당 없음',
    problem: `이 주소를 열었더니 페이지가 없었습니다.${referrer}`,
  };
}

/**
 * The 404 page's content, in place of the theme's (which asks the reader to
 * tell the site's owner, with no way to): a search box that works without
 * JavaScript, the areas and the glossary, and a report form filled in with
 * the missing address.
 */
export default function NotFoundContent({className}: Props): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const isBrowser = useIsBrowser();
  return (
    <main className={clsx('container margin-vert--xl', className)}>
      <div className="row">
        <div className="col col--8 col--offset-2">
          <Heading as="h1" className="hero__title">
            페이지를 찾을 수 없습니다
          </Heading>
          <p>주소가 바뀌었거나 잘못 입력되었을 수 있습니다. 찾으려던 내용을 검색하거나, 아래의 영역에서 골라 보세요.</p>
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
          <ReportProblem page={missingPage(siteConfig.url, isBrowser)} />
        </div>
      </div>
    </main>
  );
}
