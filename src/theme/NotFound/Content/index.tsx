import {lazy, Suspense, type ReactNode} from 'react';
import clsx from 'clsx';
import Heading from '@theme/Heading';
import type {Props} from '@theme/NotFound/Content';

// The docs' layout shows this content for an address under /docs that has no
// doc, so its code comes with every doc page: the help below is its own chunk,
// fetched only where a page is missing. The server draws it in full.
const NotFoundHelp = lazy(() => import('./Help'));

/**
 * The 404 page's content, in place of the theme's, which asks the reader to
 * tell the site's owner and gives no way to: what happened, then search, the
 * areas and the glossary, and a report link (./Help.tsx).
 */
export default function NotFoundContent({className}: Props): ReactNode {
  return (
    <main className={clsx('container margin-vert--xl', className)}>
      <div className="row">
        <div className="col col--8 col--offset-2">
          <Heading as="h1" className="hero__title">
            페이지를 찾을 수 없습니다
          </Heading>
          <p>주소가 바뀌었거나 잘못 입력되었을 수 있습니다. 찾으려던 내용을 검색하거나, 아래의 영역에서 골라 보세요.</p>
          <Suspense fallback={null}>
            <NotFoundHelp />
          </Suspense>
        </div>
      </div>
    </main>
  );
}
