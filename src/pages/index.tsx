import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import AreaCards from '@site/src/components/AreaCards';
import HomeSearch from '@site/src/components/HomeSearch';
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
        <Heading as="h2" className={styles.sectionTitle}>
          문서 영역
        </Heading>
        <p className={styles.lead}>
          컨테이너가 무엇인지에서 시작해 런타임이 컨테이너를 실행하는 방식, 이미지 레이어를 다루는 요령,
          컨테이너끼리 통신하는 네트워크, 클라우드 네이티브 생태계를 이끄는 CNCF까지 순서대로 읽을 수 있게
          구성했습니다. 모든 문서는 공식
          문서와 명세를 참고 자료로 밝힙니다.
        </p>
        <AreaCards />
      </main>
    </Layout>
  );
}
