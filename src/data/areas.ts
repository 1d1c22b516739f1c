export type Area = {
  /** Matches the docs folder, so the link can be derived rather than typed twice. */
  readonly id: 'containers' | 'runtimes' | 'layers' | 'security' | 'cncf';
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
