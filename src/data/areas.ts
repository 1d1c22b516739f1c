export type AreaId = 'containers' | 'runtimes' | 'layers' | 'storage' | 'networking' | 'security' | 'cncf';

/** A page of an area, as the home page's card lists it. */
export type Topic = {
  /** What the card says: short, and need not be the page's title. */
  readonly label: string;
  /** The doc's id, its path under docs/ without the extension: 'runtimes/containerd' is /docs/runtimes/containerd. */
  readonly doc: `${AreaId}/${string}`;
};

export type Area = {
  /** Matches the docs folder, so the link can be derived rather than typed twice. */
  readonly id: AreaId;
  readonly title: string;
  readonly summary: string;
  /** The area's pages in reading order; tests/unit/areas.test.ts checks that each is a doc of this area in the sidebar. */
  readonly topics: readonly Topic[];
};

export const areas: readonly Area[] = [
  {
    id: 'containers',
    title: '컨테이너',
    summary: '가상머신과 컨테이너는 무엇이 다르고, 이미지와 컨테이너는 어떤 관계인지 설명합니다.',
    topics: [
      {label: '가상머신과 컨테이너', doc: 'containers/vm-vs-container'},
      {label: '이미지와 컨테이너', doc: 'containers/image-vs-container'},
    ],
  },
  {
    id: 'runtimes',
    title: '컨테이너 런타임',
    summary: 'Docker와 Kubernetes 아래에서 컨테이너를 실제로 만들고 실행하는 소프트웨어를 다룹니다.',
    topics: [
      {label: '런타임의 역할과 OCI, CRI', doc: 'runtimes/overview'},
      {label: 'containerd', doc: 'runtimes/containerd'},
      {label: 'CRI-O', doc: 'runtimes/cri-o'},
      {label: 'runc', doc: 'runtimes/runc'},
    ],
  },
  {
    id: 'layers',
    title: '이미지 레이어',
    summary: '이미지가 레이어로 쌓이는 방식과 Dockerfile로 작고 빠른 이미지를 만드는 방법을 익힙니다.',
    topics: [
      {label: '레이어의 개념', doc: 'layers/concepts'},
      {label: 'Dockerfile과 레이어', doc: 'layers/dockerfile'},
      {label: '레이어 최적화', doc: 'layers/optimization'},
      {label: '레이어 저장 구조', doc: 'layers/storage'},
    ],
  },
  {
    id: 'storage',
    title: '스토리지',
    summary: '컨테이너의 데이터가 어디에 저장되고 언제 사라지는지, Docker 볼륨부터 Kubernetes의 퍼시스턴트 볼륨과 CSI까지 다룹니다.',
    topics: [
      {label: '바인드 마운트, 볼륨, tmpfs', doc: 'storage/docker-mounts'},
      {label: '마운트와 레이어', doc: 'storage/mounts-and-layers'},
      {label: '파드 볼륨과 퍼시스턴트 볼륨', doc: 'storage/kubernetes-volumes'},
      {label: 'CSI와 노드의 마운트', doc: 'storage/csi'},
    ],
  },
  {
    id: 'networking',
    title: '네트워크',
    summary: '컨테이너가 서로, 그리고 바깥과 통신하는 길을 네임스페이스와 브리지부터 포트 게시, Kubernetes의 CNI와 서비스까지 따라갑니다.',
    topics: [
      {label: '네임스페이스와 브리지', doc: 'networking/namespaces-and-bridges'},
      {label: '포트 게시와 패킷 필터', doc: 'networking/port-publishing'},
      {label: 'Docker 네트워크 드라이버', doc: 'networking/drivers'},
      {label: '파드 네트워크와 서비스', doc: 'networking/kubernetes'},
    ],
  },
  {
    id: 'security',
    title: '보안',
    summary: '커널 격리 장치와 루트리스 실행, 이미지 서명과 SBOM, 샌드박스형 런타임으로 컨테이너를 안전하게 실행하는 법을 다룹니다.',
    topics: [
      {label: '격리 장치 다루기', doc: 'security/isolation'},
      {label: '루트리스와 사용자 네임스페이스', doc: 'security/rootless'},
      {label: '공급망 보안', doc: 'security/supply-chain'},
      {label: '샌드박스형 런타임', doc: 'security/sandboxes'},
    ],
  },
  {
    id: 'cncf',
    title: 'CNCF',
    summary: '클라우드 네이티브 생태계를 이끄는 재단과 프로젝트, 성숙도 단계를 실제 데이터로 살펴봅니다.',
    topics: [
      {label: 'CNCF란', doc: 'cncf/overview'},
      {label: '대표 프로젝트', doc: 'cncf/projects'},
      {label: '프로젝트 성숙도', doc: 'cncf/maturity'},
      {label: '주요 활동', doc: 'cncf/activities'},
    ],
  },
];
