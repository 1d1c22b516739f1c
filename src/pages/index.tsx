import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import AreaCards from '@site/src/components/AreaCards';
import HomeSearch from '@site/src/components/HomeSearch';
import Figure from '@site/src/components/Figure';
import VmVsContainer from '@site/docs/containers/img/vm-vs-container.svg';
import styles from './index.module.css';

export default function Home(): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  return (
    <Layout
      title="컨테이너 기술을 한국어로"
      description="가상머신과 컨테이너, 이미지와 레이어, containerd·CRI-O·runc 같은 컨테이너 런타임, CNCF와 프로젝트 성숙도를 1차 자료에 근거해 한국어로 설명합니다.">
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1" className={styles.title}>
            {siteConfig.title}
          </Heading>
          <p className={styles.tagline}>{siteConfig.tagline}</p>
          <div className={styles.actions}>
            <Link className="button button--primary button--lg" to="/docs/">
              시작하기
            </Link>
            <Link className="button button--secondary button--lg" to="/docs/glossary">
              용어집 보기
            </Link>
          </div>
          <HomeSearch />
        </div>
      </header>
      <main className="container margin-vert--xl">
        <section className={styles.picture}>
          <Heading as="h2" className={styles.sectionTitle}>
            한 장으로 보는 컨테이너
          </Heading>
          <Figure
            image={VmVsContainer}
            title="가상머신과 컨테이너의 계층 구조"
            caption="가상머신은 VM마다 게스트 OS와 커널을 따로 부팅하고, 컨테이너는 호스트의 커널 하나를 함께 씁니다.">
            <p>
              왼쪽 가상머신 쪽에는 앱 A와 앱 B가 각자의 라이브러리와 함께 서로 다른 게스트 OS 위에 있고, 게스트 OS마다 자체 커널이 있으며,
              그 아래 하이퍼바이저가 가상 하드웨어를 나눠 줍니다. 오른쪽 컨테이너 쪽에는 앱 A, B, C가 라이브러리만 가진 채 게스트 OS 없이
              호스트 OS 커널 하나 위에 있고, 커널이 네임스페이스와 cgroup으로 서로를 격리합니다. 두 구조 모두 맨 아래에 물리 하드웨어가
              있습니다.
            </p>
          </Figure>
          <p className={styles.lead}>
            <Link to="/docs/containers/vm-vs-container">가상머신과 컨테이너</Link>에서 두 구조의 차이가 자원 효율, 시작 시간, 격리에 주는
            영향을 자세히 설명합니다.
          </p>
        </section>
        <Heading as="h2" className={styles.sectionTitle}>
          문서의 영역
        </Heading>
        <p className={styles.lead}>
          컨테이너가 무엇인지에서 시작해 런타임이 컨테이너를 실행하는 방식, 이미지 레이어를 다루는 요령, 컨테이너의 데이터를 보관하는
          스토리지, 컨테이너끼리 통신하는 네트워크, 컨테이너를 안전하게 실행하는 방법, 클라우드 네이티브 생태계를 이끄는 CNCF까지 순서대로
          읽을 수 있게 구성했습니다. 모든 문서는 공식 문서와 명세를 참고 자료로 밝힙니다.
        </p>
        <AreaCards />
      </main>
    </Layout>
  );
}
