import type {ReactNode} from 'react';
import {useLocation} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import OriginalLayout from '@theme-original/Layout';
import type LayoutType from '@theme/Layout';
import type {WrapperProps} from '@docusaurus/types';
import styles from './styles.module.css';

type Props = WrapperProps<typeof LayoutType>;

const SEARCH_DESCRIPTION = '컨테이너 기술 문서 전체에서 한국어, 영어, 붙여 쓴 낱말과 명령어로 원하는 내용을 찾습니다.';

/**
 * The search plugin's results page renders its content straight into the
 * layout, with no <main> landmark and no description. Rather than fork that
 * page, the layout supplies both on the search route only.
 */
export default function Layout(props: Props): ReactNode {
  const {pathname} = useLocation();
  const searchPath = useBaseUrl('/search');
  if (pathname.replace(/\/$/, '') !== searchPath) return <OriginalLayout {...props} />;
  return (
    <OriginalLayout {...props} description={props.description ?? SEARCH_DESCRIPTION}>
      <main className={styles.searchMain}>{props.children}</main>
    </OriginalLayout>
  );
}
