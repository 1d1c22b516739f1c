export type Area = {
  /** Matches the docs folder, so the link can be derived rather than typed twice. */
  readonly id: 'containers' | 'runtimes' | 'layers' | 'storage' | 'networking' | 'security' | 'cncf';
  readonly title: string;
  readonly summary: string;
  readonly topics: readonly string[];
};

export const areas: readonly Area[] = [
  {
    id: 'containers',
    title: '컨테이너',
    summary: '가상머신과 컨테이너는 무엇이 다르고, 이미지와 컨테이너는 어떤 관계인지 설명합니다.',
    topics: ['가상머신과 컨테이너', '이미지와 컨테이너'],
  },
  {
    id: 'runtimes',
    title: '컨테이너 런타임',
    summary: 'Docker와 Kubernetes 아래에서 컨테이너를 실제로 만들고 실행하는 소프트웨어를 다룹니다.',
    topics: ['런타임의 역할과 OCI, CRI', 'containerd', 'CRI-O', 'runc'],
  },
  {
    id: 'layers',
    title: '이미지 레이어',
    summary: '이미지가 레이어로 쌓이는 방식과 Dockerfile로 작고 빠른 이미지를 만드는 방법을 익힙니다.',
    topics: ['레이어의 개념', 'Dockerfile과 레이어', '레이어 최적화', '저장소 구조'],
  },
  {
    id: 'storage',
    title: '스토리지',
    summary: '컨테이너의 데이터가 어디에 저장되고 언제 사라지는지, Docker 볼륨부터 Kubernetes의 퍼시스턴트 볼륨과 CSI까지 다룹니다.',
    topics: ['바인드 마운트, 볼륨, tmpfs', '마운트와 레이어', '파드 볼륨과 퍼시스턴트 볼륨', 'CSI와 노드의 마운트'],
  },
  {
    id: 'networking',
    title: '네트워크',
    summary: '컨테이너가 서로, 그리고 바깥과 통신하는 길을 네임스페이스와 브리지부터 포트 게시, Kubernetes의 CNI와 서비스까지 따라갑니다.',
    topics: ['네임스페이스와 브리지', '포트 게시와 패킷 필터', 'Docker 네트워크 드라이버', '파드 네트워크와 서비스'],
  },
  {
    id: 'security',
    title: '보안',
    summary: '커널 격리 장치와 루트리스 실행, 이미지 서명과 SBOM, 샌드박스형 런타임으로 컨테이너를 안전하게 실행하는 법을 다룹니다.',
    topics: ['격리 장치 다루기', '루트리스와 사용자 네임스페이스', '공급망 보안', '샌드박스형 런타임'],
  },
  {
    id: 'cncf',
    title: 'CNCF',
    summary: '클라우드 네이티브 생태계를 이끄는 재단과 프로젝트, 성숙도 단계를 실제 데이터로 살펴봅니다.',
    topics: ['CNCF란', '대표 프로젝트', '프로젝트 성숙도', '주요 활동'],
  },
];
