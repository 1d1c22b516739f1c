import type {GlossaryTerm} from './types';

// Grouped by the docs area that explains them, so a writer adding a page finds
// its terms together; the glossary page sorts them itself.
export const terms: readonly GlossaryTerm[] = [
  // 컨테이너: 가상머신과 컨테이너, 이미지와 컨테이너
  {
    id: 'vm',
    ko: '가상머신',
    en: 'virtual machine',
    aliases: ['VM', '가상 머신', '버추얼 머신'],
    definition:
      '하이퍼바이저가 가상화한 CPU, 메모리, 디스크 위에서 자기 게스트 OS와 커널을 통째로 실행하는, 소프트웨어로 만든 컴퓨터입니다.',
    doc: 'containers/vm-vs-container#vm-architecture',
  },
  {
    id: 'hypervisor',
    ko: '하이퍼바이저',
    en: 'hypervisor',
    aliases: ['VMM', '가상 머신 모니터', 'virtual machine monitor', '하이퍼바이져'],
    definition:
      '물리 하드웨어를 가상화해 여러 가상머신이 서로 격리된 채 한 호스트의 자원을 나눠 쓰게 하는 소프트웨어 계층으로, KVM, Hyper-V, ESXi 등이 있습니다.',
    doc: 'containers/vm-vs-container#hypervisor-types',
  },
  {
    id: 'guest-os',
    ko: '게스트 OS',
    en: 'guest OS',
    aliases: ['게스트 운영체제', 'guest operating system'],
    definition: '가상머신 안에서 자기 커널과 함께 실행되는 운영체제로, 호스트 OS와 종류나 버전이 달라도 됩니다.',
    doc: 'containers/vm-vs-container#guest-os',
  },
  {
    id: 'host-os',
    ko: '호스트 OS',
    en: 'host OS',
    aliases: ['호스트 운영체제', 'host operating system'],
    definition: '머신에 직접 설치되어 하드웨어를 관리하는 운영체제로, 그 위의 컨테이너들은 모두 이 운영체제의 커널을 함께 씁니다.',
    doc: 'containers/vm-vs-container#architecture-at-a-glance',
  },
  {
    id: 'kernel',
    ko: '커널',
    en: 'kernel',
    aliases: ['운영체제 커널', 'OS kernel'],
    definition:
      '하드웨어와 프로세스 사이에서 CPU 스케줄링, 메모리, 파일시스템, 네트워크를 관리하는 운영체제의 핵심으로, 한 호스트의 컨테이너는 모두 같은 커널 위에서 실행됩니다.',
    doc: 'containers/vm-vs-container#container-architecture',
  },
  {
    id: 'namespace',
    ko: '네임스페이스',
    en: 'namespace',
    aliases: ['리눅스 네임스페이스', 'Linux namespace', '이름공간'],
    definition:
      '프로세스 ID, 네트워크, 마운트, 호스트 이름, 사용자 같은 시스템 자원을 프로세스마다 따로 보이게 해 컨테이너가 자기만의 시스템을 가진 것처럼 느끼게 하는 리눅스 커널 기능입니다.',
    doc: 'containers/vm-vs-container#namespaces',
  },
  {
    id: 'cgroup',
    ko: 'cgroup',
    en: 'control group',
    aliases: ['컨트롤 그룹', 'cgroups', '씨그룹'],
    definition: '프로세스 묶음이 쓸 수 있는 CPU, 메모리, 디스크 I/O 같은 자원의 양을 제한하고 사용량을 집계하는 리눅스 커널 기능입니다.',
    doc: 'containers/vm-vs-container#cgroups',
  },
  {
    id: 'container',
    ko: '컨테이너',
    en: 'container',
    aliases: ['리눅스 컨테이너', 'Linux container'],
    definition:
      '네임스페이스로 격리되고 cgroup으로 자원이 제한된 채 호스트 커널 위에서 실행되는 프로세스로, 이미지의 레이어 위에 쓰기 가능한 레이어를 얹어 만듭니다.',
    doc: 'containers/image-vs-container#container',
  },
  {
    id: 'image',
    ko: '이미지',
    en: 'container image',
    aliases: ['컨테이너 이미지', '도커 이미지', 'Docker image', 'OCI 이미지'],
    definition: '애플리케이션 실행에 필요한 파일시스템 레이어들과 실행 설정을 묶은 변경할 수 없는 꾸러미로, 컨테이너를 만드는 틀이 됩니다.',
    doc: 'containers/image-vs-container#image',
  },
  {
    id: 'registry',
    ko: '레지스트리',
    en: 'registry',
    aliases: ['컨테이너 레지스트리', '이미지 레지스트리', 'container registry'],
    definition:
      '이미지의 매니페스트와 레이어를 저장하고 HTTP API로 push와 pull을 받아 주는 서버로, Docker Hub, GitHub Container Registry, Harbor 등이 있습니다.',
    doc: 'containers/image-vs-container#tags-and-digests',
  },
  {
    id: 'tag',
    ko: '태그',
    en: 'tag',
    aliases: ['이미지 태그', 'image tag'],
    definition:
      '저장소 안의 특정 매니페스트를 가리키는 사람이 읽기 쉬운 이름(nginx:1.27의 1.27 같은 것)으로, 다이제스트와 달리 나중에 다른 이미지를 가리키도록 옮겨질 수 있습니다.',
    doc: 'containers/image-vs-container#tags-and-digests',
  },

  // 이미지 레이어
  {
    id: 'layer',
    ko: '레이어',
    en: 'layer',
    aliases: ['이미지 레이어', 'image layer'],
    definition:
      '이미지를 이루는 파일시스템 변경분(추가, 수정, 삭제된 파일)의 묶음으로, 다이제스트로 식별되기 때문에 같은 레이어를 여러 이미지가 공유할 수 있습니다.',
    doc: 'layers/concepts#what-is-a-layer',
  },
  {
    id: 'read-only-layer',
    ko: '읽기 전용 레이어',
    en: 'read-only layer',
    aliases: ['읽기전용 레이어'],
    definition: '이미지에 속해 한 번 만들어지면 바뀌지 않는 레이어로, 같은 이미지로 만든 여러 컨테이너가 함께 공유합니다.',
    doc: 'layers/concepts#read-only-stack',
  },
  {
    id: 'container-layer',
    ko: '컨테이너 레이어',
    en: 'container layer',
    aliases: ['읽기-쓰기 레이어', '읽기 쓰기 레이어', 'read-write layer', 'writable layer', '쓰기 가능 레이어'],
    definition:
      '컨테이너를 만들 때 이미지의 읽기 전용 레이어들 위에 얹는 얇은 쓰기 가능 레이어로, 컨테이너 안의 모든 변경이 여기에 기록되고 컨테이너를 삭제하면 함께 사라집니다.',
    doc: 'layers/concepts#container-layer',
  },
  {
    id: 'copy-on-write',
    ko: '쓰기 시 복사',
    en: 'copy-on-write',
    aliases: ['CoW', '카피 온 라이트', '기록 중 복사'],
    definition:
      '읽기 전용 레이어에 있는 파일을 처음 수정할 때 그 파일을 컨테이너 레이어로 복사한 뒤 사본을 고치는 방식으로, 바꾸지 않은 데이터는 복사하지 않고 공유합니다.',
    doc: 'layers/concepts#copy-on-write',
  },
  {
    id: 'whiteout',
    ko: '화이트아웃',
    en: 'whiteout',
    aliases: ['화이트 아웃', 'opaque whiteout', '불투명 화이트아웃'],
    definition:
      '아래 레이어의 파일이 지워졌음을 위 레이어에 기록하는 .wh.로 시작하는 표시용 빈 파일로, 원래 파일은 아래 레이어에 남기 때문에 이미지 크기는 줄지 않습니다.',
    doc: 'layers/concepts#what-is-a-layer',
  },
  {
    id: 'dockerfile',
    ko: 'Dockerfile',
    en: 'Dockerfile',
    aliases: ['도커파일', '도커 파일', 'Containerfile'],
    definition:
      '베이스 이미지를 고르고 파일을 복사하고 명령을 실행하는 이미지 빌드 과정을 FROM, COPY, RUN 같은 명령어로 차례대로 적은 텍스트 파일입니다.',
    doc: 'layers/dockerfile',
  },
  {
    id: 'image-config',
    ko: '이미지 설정',
    en: 'image configuration',
    aliases: ['image config', '이미지 구성', '이미지 config'],
    definition:
      '환경 변수, 작업 디렉터리, 기본 명령, 레이어 목록과 빌드 기록을 담은 이미지의 JSON 문서로, CMD나 ENV 같은 명령어는 레이어를 만들지 않고 여기에 값만 기록합니다.',
    doc: 'containers/image-vs-container#image-config',
  },
  {
    id: 'build-context',
    ko: '빌드 컨텍스트',
    en: 'build context',
    aliases: ['도커 빌드 컨텍스트', '빌드 콘텍스트'],
    definition:
      'docker build가 빌더로 보내는 파일 묶음으로, COPY와 ADD는 이 안의 파일만 쓸 수 있으며 .dockerignore로 필요 없는 파일을 뺄 수 있습니다.',
    doc: 'layers/optimization#dockerignore',
  },
  {
    id: 'base-image',
    ko: '베이스 이미지',
    en: 'base image',
    aliases: ['기본 이미지', '부모 이미지', 'parent image'],
    definition: 'Dockerfile의 FROM에 지정해 새 이미지의 출발점으로 삼는 이미지로, 그 레이어들이 새 이미지의 맨 아래 레이어가 됩니다.',
    doc: 'layers/optimization#base-images',
  },
  {
    id: 'buildkit',
    ko: 'BuildKit',
    en: 'BuildKit',
    aliases: ['빌드킷'],
    definition:
      'Docker Engine 23.0부터 기본 빌더로 쓰이는 Moby 프로젝트의 이미지 빌드 엔진으로, 서로 의존하지 않는 단계를 병렬로 빌드하고 캐시를 더 정교하게 다룹니다.',
    doc: 'layers/dockerfile#buildkit',
  },
  {
    id: 'build-cache',
    ko: '빌드 캐시',
    en: 'build cache',
    aliases: ['레이어 캐시', 'layer cache', '도커 빌드 캐시', '빌드 캐쉬'],
    definition:
      '명령어와 입력 파일이 이전 빌드와 같으면 그 단계를 다시 실행하지 않고 전에 만든 레이어를 재사용하는 장치로, 한 단계의 캐시가 무효화되면 그 뒤 단계도 모두 다시 빌드됩니다.',
    doc: 'layers/concepts#build-cache',
  },
  {
    id: 'multi-stage-build',
    ko: '멀티 스테이지 빌드',
    en: 'multi-stage build',
    aliases: ['멀티스테이지', 'multistage', 'multi-stage', '다단계 빌드'],
    definition:
      'Dockerfile 하나에 FROM을 여러 번 써서 빌드 단계와 실행 단계를 나누고, 최종 이미지에는 필요한 결과물만 COPY --from으로 가져오는 빌드 방식입니다.',
    doc: 'layers/optimization#multi-stage',
  },
  {
    id: 'cache-mount',
    ko: '캐시 마운트',
    en: 'cache mount',
    aliases: ['RUN --mount=type=cache', 'BuildKit 캐시 마운트', '캐쉬 마운트'],
    definition:
      'BuildKit의 RUN --mount=type=cache로 패키지 관리자의 다운로드 캐시 같은 디렉터리를 빌드 사이에 보존하되 이미지 레이어에는 넣지 않는 기능입니다.',
    doc: 'layers/optimization#cache-mounts',
  },
  {
    id: 'union-filesystem',
    ko: '유니언 파일시스템',
    en: 'union filesystem',
    aliases: ['유니온 파일시스템', '유니언 마운트', '유니온 마운트', 'union mount', 'UnionFS'],
    avoid: [{wrong: '유니온', right: '유니언'}],
    usage: 'union은 국립국어원 외래어 표기에 따라 유니언으로 씁니다.',
    definition:
      '여러 디렉터리를 겹쳐 하나의 디렉터리 트리처럼 보여 주는 파일시스템 방식으로, 위쪽 레이어의 파일이 아래쪽 레이어의 같은 경로 파일을 가립니다.',
    doc: 'layers/storage#overlayfs',
  },
  {
    id: 'overlayfs',
    ko: 'OverlayFS',
    en: 'OverlayFS',
    aliases: ['오버레이FS', 'overlay filesystem', '오버레이 파일시스템'],
    definition:
      '리눅스 커널에 들어 있는 유니언 파일시스템으로, 읽기 전용 lowerdir 위에 쓰기 가능한 upperdir를 겹쳐 merged 디렉터리 하나로 보여 줍니다.',
    doc: 'layers/storage#overlayfs',
  },
  {
    id: 'overlay2',
    ko: 'overlay2',
    en: 'overlay2',
    aliases: ['오버레이2', 'overlay2 storage driver'],
    definition:
      'OverlayFS를 사용하는 Docker Engine의 스토리지 드라이버로, Docker Engine 29.0부터 새 설치의 기본값은 containerd 이미지 스토어로 바뀌었지만 업그레이드한 호스트에서는 여전히 쓰입니다.',
    doc: 'layers/storage#storage-drivers',
  },
  {
    id: 'storage-driver',
    ko: '스토리지 드라이버',
    en: 'storage driver',
    aliases: ['저장소 드라이버', 'graph driver', 'graphdriver'],
    definition:
      'Docker Engine이 이미지 레이어와 컨테이너 레이어를 디스크에 저장하고 하나의 파일시스템으로 겹쳐 보여 주는 기존 방식의 구성 요소로, overlay2가 대표적이며 containerd 이미지 스토어에서는 스냅샷터가 이 일을 맡습니다.',
    doc: 'layers/storage#storage-drivers',
  },
  {
    id: 'snapshotter',
    ko: '스냅샷터',
    en: 'snapshotter',
    aliases: ['스냅숏터', 'containerd snapshotter'],
    definition:
      'containerd에서 이미지 레이어를 풀어 두고 컨테이너가 쓸 파일시스템을 준비하는 플러그인으로, Docker의 스토리지 드라이버에 해당하며 overlayfs 스냅샷터가 기본입니다.',
    doc: 'runtimes/containerd#snapshotters',
  },
  {
    id: 'digest',
    ko: '다이제스트',
    en: 'digest',
    aliases: ['이미지 다이제스트', 'image digest', 'content digest', 'sha256 다이제스트'],
    definition:
      '콘텐츠를 SHA-256 같은 해시 함수로 계산한 sha256:로 시작하는 지문으로, 내용이 조금만 달라도 바뀌므로 레이어, 설정, 매니페스트를 내용 그대로 식별하고 검증하는 데 쓰입니다.',
    doc: 'layers/storage#content-addressable-storage',
  },
  {
    id: 'manifest',
    ko: '매니페스트',
    en: 'image manifest',
    aliases: ['이미지 매니페스트', 'manifest', '메니페스트'],
    definition:
      '이미지 하나를 이루는 설정과 레이어들을 미디어 타입, 크기, 다이제스트로 나열한 JSON 문서로, 런타임은 이것을 보고 무엇을 내려받을지 정합니다.',
    doc: 'layers/storage#manifest-config-index',
  },
  {
    id: 'image-index',
    ko: '이미지 인덱스',
    en: 'image index',
    aliases: ['manifest list', '매니페스트 리스트', '매니페스트 목록', '멀티 아키텍처 이미지'],
    definition:
      'CPU 아키텍처나 운영체제별로 다른 여러 이미지 매니페스트를 가리키는 상위 JSON 문서로, 태그 하나로 amd64와 arm64 이미지를 함께 배포할 수 있게 합니다.',
    doc: 'layers/storage#manifest-config-index',
  },
  {
    id: 'image-store',
    ko: '이미지 스토어',
    en: 'image store',
    aliases: ['containerd 이미지 스토어', 'containerd image store', '이미지 저장소'],
    avoid: ['이미지 저장소'],
    usage: '저장소는 Git 저장소나 레지스트리의 저장소(repository)를 뜻하므로, 엔진이 호스트에 이미지를 두는 곳은 이미지 스토어라고 씁니다.',
    definition:
      '컨테이너 엔진이 호스트에 이미지의 레이어와 메타데이터를 두는 곳으로, Docker Engine 29.0부터 새 설치의 기본값은 containerd가 관리하는 containerd 이미지 스토어입니다.',
    doc: 'layers/storage#containerd-image-store',
  },

  // 스토리지
  {
    id: 'volume',
    ko: '볼륨',
    en: 'volume',
    aliases: ['docker volume', 'named volume', '이름 있는 볼륨', 'volume mount', '볼륨 마운트'],
    definition:
      '컨테이너 레이어 밖에 두고 컨테이너 안의 경로에 연결하는 저장 공간으로, Docker에서는 Docker가 관리하는 디렉터리를, Kubernetes에서는 파드에 선언하는 저장소를 가리킵니다.',
    doc: 'storage/docker-mounts#volumes',
  },
  {
    id: 'anonymous-volume',
    ko: '익명 볼륨',
    en: 'anonymous volume',
    aliases: ['이름 없는 볼륨', 'unnamed volume'],
    definition:
      '이름 대신 무작위 ID가 붙는 Docker 볼륨으로, 컨테이너 경로만 지정했거나 이미지의 VOLUME 경로에 아무것도 연결하지 않았을 때 생깁니다.',
    doc: 'storage/docker-mounts#named-and-anonymous',
  },
  {
    id: 'bind-mount',
    ko: '바인드 마운트',
    en: 'bind mount',
    aliases: ['바인드마운트', 'bind-mount'],
    definition:
      '이미 있는 파일이나 디렉터리를 다른 경로에도 그대로 보이게 하는 리눅스 마운트로, 컨테이너에서는 호스트의 경로를 컨테이너 안에 연결할 때 씁니다.',
    doc: 'storage/docker-mounts#bind-mounts',
  },
  {
    id: 'tmpfs-mount',
    ko: 'tmpfs 마운트',
    en: 'tmpfs mount',
    aliases: ['tmpfs', '--tmpfs'],
    definition:
      '메모리에 있는 tmpfs 파일시스템을 컨테이너 경로에 연결하는 마운트로, 디스크에 기록되지 않고 컨테이너가 멈추면 내용이 사라집니다.',
    doc: 'storage/docker-mounts#tmpfs',
  },
  {
    id: 'volume-driver',
    ko: '볼륨 드라이버',
    en: 'volume driver',
    aliases: ['볼륨 플러그인', 'volume plugin'],
    definition:
      'Docker 볼륨의 실제 저장소를 정하는 구성 요소로, 기본 local 드라이버는 호스트 디렉터리나 NFS 같은 mount 옵션을 쓰고 플러그인으로 다른 저장소를 붙입니다.',
    doc: 'storage/docker-mounts#volume-drivers',
  },
  {
    id: 'ephemeral-volume',
    ko: '임시 볼륨',
    en: 'ephemeral volume',
    aliases: ['ephemeral volumes'],
    definition: 'emptyDir, configMap, secret, projected처럼 파드와 함께 만들어지고 파드가 지워질 때 함께 사라지는 Kubernetes 볼륨입니다.',
    doc: 'storage/kubernetes-volumes#ephemeral-volumes',
  },
  {
    id: 'projected-volume',
    ko: '프로젝티드 볼륨',
    en: 'projected volume',
    aliases: ['projected', '투영 볼륨'],
    definition:
      '시크릿, 컨피그맵, downward API, 서비스 어카운트 토큰 같은 여러 원천을 한 디렉터리의 파일로 모아 보여 주는 Kubernetes 볼륨입니다.',
    doc: 'storage/kubernetes-volumes#projected',
  },
  {
    id: 'persistent-volume',
    ko: '퍼시스턴트 볼륨',
    en: 'PersistentVolume',
    aliases: ['PV', 'persistent volume', '퍼시스턴트볼륨', '영구 볼륨'],
    definition:
      '클러스터에 실제로 있는 저장소 하나를 나타내는 Kubernetes API 객체로, 파드와 별개의 수명을 가지며 관리자가 만들거나 프로비저너가 자동으로 만듭니다.',
    doc: 'storage/kubernetes-volumes#persistent-volumes',
  },
  {
    id: 'persistent-volume-claim',
    ko: '퍼시스턴트 볼륨 클레임',
    en: 'PersistentVolumeClaim',
    aliases: ['PVC', 'persistent volume claim', '퍼시스턴트볼륨클레임', '볼륨 클레임'],
    definition:
      '필요한 크기와 접근 모드, 스토리지 클래스를 적어 저장소를 요청하는 Kubernetes API 객체로, 조건에 맞는 퍼시스턴트 볼륨 하나와 일대일로 묶입니다.',
    doc: 'storage/kubernetes-volumes#persistent-volumes',
  },
  {
    id: 'storage-class',
    ko: '스토리지 클래스',
    en: 'StorageClass',
    aliases: ['storage class', '스토리지클래스'],
    definition: '어떤 프로비저너가 어떤 파라미터와 반환 정책으로 퍼시스턴트 볼륨을 만들지 정해 둔 Kubernetes의 저장소 등급입니다.',
    doc: 'storage/kubernetes-volumes#storage-classes',
  },
  {
    id: 'dynamic-provisioning',
    ko: '동적 프로비저닝',
    en: 'dynamic provisioning',
    aliases: ['dynamic volume provisioning', '동적 볼륨 프로비저닝'],
    definition:
      '퍼시스턴트 볼륨 클레임이 만들어지면 스토리지 클래스의 프로비저너가 실제 디스크와 퍼시스턴트 볼륨을 자동으로 만들어 묶어 주는 방식입니다.',
    doc: 'storage/kubernetes-volumes#storage-classes',
  },
  {
    id: 'access-mode',
    ko: '접근 모드',
    en: 'access mode',
    aliases: ['access modes', 'ReadWriteOnce', 'RWO', 'ReadWriteMany', 'RWX', 'ReadOnlyMany', 'ROX', 'ReadWriteOncePod', 'RWOP'],
    definition: '퍼시스턴트 볼륨을 몇 개의 노드나 파드에서 읽기 전용 또는 읽기-쓰기로 마운트할 수 있는지 나타내는 값입니다.',
    doc: 'storage/kubernetes-volumes#access-modes',
  },
  {
    id: 'reclaim-policy',
    ko: '반환 정책',
    en: 'reclaim policy',
    aliases: ['persistentVolumeReclaimPolicy', 'reclaimPolicy', '회수 정책'],
    definition: '퍼시스턴트 볼륨 클레임이 지워진 뒤 퍼시스턴트 볼륨과 실제 디스크를 지울지(Delete) 남길지(Retain) 정하는 설정입니다.',
    doc: 'storage/kubernetes-volumes#reclaim-policy',
  },
  {
    id: 'csi',
    ko: 'CSI',
    en: 'Container Storage Interface',
    aliases: ['컨테이너 스토리지 인터페이스', 'CSI 드라이버', 'CSI driver'],
    definition:
      '컨테이너 오케스트레이터가 스토리지 드라이버에 볼륨의 생성, 노드 연결, 마운트를 요청하는 gRPC API 명세로, Kubernetes의 외부 스토리지 드라이버가 이를 구현합니다.',
    doc: 'storage/csi',
  },
  // 컨테이너 런타임
  {
    id: 'container-runtime',
    ko: '컨테이너 런타임',
    en: 'container runtime',
    aliases: ['컨테이너런타임'],
    definition:
      '이미지를 가져와 풀고 커널 기능으로 격리된 컨테이너 프로세스를 만들어 시작, 중지, 삭제까지 생명주기를 관리하는 소프트웨어입니다.',
    doc: 'runtimes/overview#definition',
  },
  {
    id: 'high-level-runtime',
    ko: '고수준 런타임',
    en: 'high-level runtime',
    aliases: ['고수준 컨테이너 런타임', '상위 수준 런타임', 'high-level container runtime'],
    definition:
      '이미지 pull과 저장, 스냅샷, 네트워크 연결, API 제공처럼 컨테이너 생명주기 전반을 관리하고 실제 프로세스 생성은 저수준 런타임에 맡기는 런타임으로, containerd와 CRI-O가 대표적입니다.',
    doc: 'runtimes/overview#high-level-runtime',
  },
  {
    id: 'low-level-runtime',
    ko: '저수준 런타임',
    en: 'low-level runtime',
    aliases: ['저수준 컨테이너 런타임', 'OCI 런타임', 'OCI runtime'],
    definition:
      'OCI 런타임 명세에 따라 네임스페이스와 cgroup을 설정하고 컨테이너 프로세스를 직접 만드는 런타임으로, runc와 crun이 대표적입니다.',
    doc: 'runtimes/overview#low-level-runtime',
  },
  {
    id: 'oci',
    ko: 'OCI',
    en: 'Open Container Initiative',
    aliases: ['오픈 컨테이너 이니셔티브'],
    definition:
      '컨테이너 이미지 형식, 런타임, 레지스트리 배포 방식의 개방형 표준을 정하는 Linux Foundation 산하 프로젝트로, 2015년 Docker와 CoreOS 등이 함께 세웠습니다.',
    doc: 'runtimes/overview#oci',
  },
  {
    id: 'runtime-spec',
    ko: '런타임 명세',
    en: 'OCI Runtime Specification',
    aliases: ['runtime-spec', '런타임 스펙', 'OCI 런타임 명세', 'OCI runtime spec'],
    definition:
      'OCI가 정한 표준으로, 루트 파일시스템과 config.json으로 이루어진 번들을 받아 컨테이너를 만들고 시작하고 삭제하는 동작을 규정합니다.',
    doc: 'runtimes/overview#lifecycle',
  },
  {
    id: 'image-spec',
    ko: '이미지 명세',
    en: 'OCI Image Format Specification',
    aliases: ['image-spec', '이미지 스펙', 'OCI 이미지 명세', 'OCI image spec'],
    definition:
      'OCI가 정한 표준으로, 이미지 매니페스트, 이미지 인덱스, 설정, 레이어의 형식을 규정해 한 도구로 만든 이미지를 다른 런타임에서도 실행할 수 있게 합니다.',
    doc: 'containers/image-vs-container#oci-image-components',
  },
  {
    id: 'distribution-spec',
    ko: '배포 명세',
    en: 'OCI Distribution Specification',
    aliases: ['distribution-spec', 'OCI 배포 명세', '레지스트리 API 명세'],
    definition: 'OCI가 정한 표준으로, 레지스트리에 이미지의 매니페스트와 레이어를 올리고 내려받는 HTTP API를 규정합니다.',
    doc: 'runtimes/overview#oci',
  },
  {
    id: 'cri',
    ko: 'CRI',
    en: 'Container Runtime Interface',
    aliases: ['컨테이너 런타임 인터페이스'],
    definition:
      'kubelet이 컨테이너 런타임과 gRPC로 통신하도록 Kubernetes가 정의한 플러그인 인터페이스로, 이를 구현한 런타임이면 Kubernetes 노드에서 쓸 수 있습니다.',
    doc: 'runtimes/overview#cri',
  },
  {
    id: 'pod-sandbox',
    ko: '파드 샌드박스',
    en: 'pod sandbox',
    aliases: ['pause 컨테이너', '샌드박스 컨테이너'],
    definition:
      '같은 파드의 컨테이너들이 네트워크 네임스페이스 등을 공유하도록 CRI 런타임이 컨테이너보다 먼저 만드는 파드 단위의 격리 환경입니다.',
    doc: 'runtimes/overview#cri',
  },
  {
    id: 'dockershim',
    ko: 'dockershim',
    en: 'dockershim',
    aliases: ['도커심', 'docker shim'],
    definition:
      'CRI를 구현하지 않은 Docker Engine을 Kubernetes에서 쓰도록 kubelet 안에 두었던 호환 계층으로, Kubernetes 1.24에서 제거되었습니다.',
    doc: 'runtimes/overview#dockershim-removal',
  },
  {
    id: 'kubelet',
    ko: 'kubelet',
    en: 'kubelet',
    aliases: ['큐블릿', '쿠블렛'],
    definition:
      'Kubernetes의 각 노드에서 실행되는 에이전트로, 노드에 배정된 파드의 명세를 받아 CRI로 컨테이너 런타임에 실행을 요청하고 상태를 보고합니다.',
    doc: 'runtimes/overview#cri',
  },
  {
    id: 'docker',
    ko: 'Docker',
    en: 'Docker',
    aliases: ['도커'],
    definition:
      '이미지 빌드, 배포, 컨테이너 실행을 한데 묶은 도구 모음이자 이를 만드는 회사의 이름으로, 2013년 공개되어 컨테이너를 대중화했습니다.',
    doc: 'runtimes/overview#docker-stack',
  },
  {
    id: 'docker-engine',
    ko: 'Docker Engine',
    en: 'Docker Engine',
    aliases: ['도커 엔진', 'Docker 엔진', 'dockerd'],
    definition: 'dockerd 데몬과 그 API, docker CLI로 이루어진 Docker의 서버 부분으로, 컨테이너의 실제 실행은 containerd와 runc에 맡깁니다.',
    doc: 'runtimes/overview#docker-stack',
  },
  {
    id: 'containerd',
    ko: 'containerd',
    en: 'containerd',
    aliases: ['컨테이너디'],
    definition:
      'Docker에서 분리되어 나온 고수준 컨테이너 런타임으로, Docker Engine과 많은 Kubernetes 클러스터의 기반이 되며 2019년 CNCF 졸업 프로젝트가 되었습니다.',
    doc: 'runtimes/containerd',
  },
  {
    id: 'shim',
    ko: 'shim',
    en: 'shim',
    aliases: ['containerd-shim', 'containerd-shim-runc-v2', '컨테이너 심'],
    definition:
      '고수준 런타임과 컨테이너 프로세스 사이에 남는 작은 프로세스로, Docker에서는 컨테이너마다, Kubernetes의 CRI 플러그인에서는 파드마다 하나씩 떠서 입출력과 종료 상태를 관리합니다.',
    doc: 'runtimes/containerd#shim',
  },
  {
    id: 'content-store',
    ko: '콘텐츠 스토어',
    en: 'content store',
    aliases: ['콘텐츠 저장소'],
    avoid: ['콘텐츠 저장소'],
    definition:
      'containerd가 매니페스트, 이미지 설정, 압축된 레이어 같은 블롭을 다이제스트를 키로 한 번씩만 저장해 두는 내용 주소 기반 저장 공간입니다.',
    doc: 'runtimes/containerd#content-store',
  },
  {
    id: 'deprecated',
    ko: '사용 중단',
    en: 'deprecated',
    aliases: ['deprecation', '지원 중단', '폐기 예정', '사용 중단 예정'],
    avoid: ['지원 중단', '폐기 예정'],
    usage: 'deprecated는 Kubernetes 한국어 문서처럼 사용 중단이라고 쓰고, 지원 기간이 끝났다는 뜻(end of life)이면 지원 종료라고 씁니다.',
    definition:
      '아직 동작하지만 이후 릴리스에서 제거할 예정이니 새로 쓰지 말라고 알린 기능이나 API의 상태로, Kubernetes의 dockershim은 1.20에서 사용 중단되고 1.24에서 제거되었습니다.',
    doc: 'runtimes/overview#dockershim-removal',
  },
  {
    id: 'minor-version',
    ko: '마이너 버전',
    en: 'minor version',
    aliases: ['minor release', '마이너 릴리스', '부 버전'],
    avoid: ['부 버전'],
    definition:
      'major.minor.patch 형식 버전 번호의 가운데 자리로, Kubernetes 1.35와 1.36처럼 새 기능이 들어가는 정기 릴리스를 구분하며 CRI-O는 이 번호를 Kubernetes와 맞춥니다.',
    doc: 'runtimes/cri-o#versioning',
  },
  {
    id: 'ctr',
    ko: 'ctr',
    en: 'ctr',
    aliases: [],
    definition: 'containerd에 함께 들어 있는 디버깅용 명령줄 클라이언트로, 일상적인 사용보다는 containerd API를 직접 확인하는 데 쓰입니다.',
    doc: 'runtimes/containerd#ctr',
  },
  {
    id: 'nerdctl',
    ko: 'nerdctl',
    en: 'nerdctl',
    aliases: [],
    definition: 'containerd 프로젝트가 만든 Docker 호환 명령줄 도구로, docker와 거의 같은 명령으로 containerd를 다룰 수 있습니다.',
    doc: 'runtimes/containerd#nerdctl',
  },
  {
    id: 'cri-o',
    ko: 'CRI-O',
    en: 'CRI-O',
    aliases: ['크라이오', 'cri-o', 'crio'],
    definition:
      'Red Hat이 시작한, Kubernetes의 CRI를 구현하는 데만 집중한 가벼운 고수준 런타임으로, 2023년 CNCF 졸업 프로젝트가 되었습니다.',
    doc: 'runtimes/cri-o',
  },
  {
    id: 'crictl',
    ko: 'crictl',
    en: 'crictl',
    aliases: ['cri-tools'],
    definition:
      'containerd나 CRI-O처럼 CRI를 구현한 런타임을 Kubernetes 노드에서 직접 살펴보고 디버깅하는 명령줄 도구로, Kubernetes의 cri-tools 프로젝트에 속합니다.',
    doc: 'runtimes/cri-o#crictl',
  },
  {
    id: 'conmon',
    ko: 'conmon',
    en: 'conmon',
    aliases: ['콘몬', 'conmon-rs'],
    definition:
      'CRI-O가 컨테이너마다 하나씩 띄우는 C로 작성된 감시 프로세스로, OCI 런타임으로 컨테이너를 만든 뒤 남아서 로그를 쓰고 종료 코드를 기록합니다.',
    doc: 'runtimes/cri-o#components',
  },
  {
    id: 'runc',
    ko: 'runc',
    en: 'runc',
    aliases: ['런씨', '런시'],
    definition:
      'OCI 런타임 명세의 참조 구현인 저수준 런타임으로, Docker가 기증한 libcontainer에서 출발했으며 CNCF가 아닌 OCI의 opencontainers GitHub 조직에서 관리됩니다.',
    doc: 'runtimes/runc',
  },
  {
    id: 'bundle',
    ko: 'OCI 번들',
    en: 'OCI bundle',
    aliases: ['번들', 'bundle', '런타임 번들'],
    definition:
      '루트 파일시스템 디렉터리와 config.json을 한 디렉터리에 담은 형식으로, 저수준 런타임은 이 번들을 입력으로 받아 컨테이너를 만듭니다.',
    doc: 'runtimes/runc#bundle',
  },
  {
    id: 'rootless',
    ko: '루트리스 모드',
    en: 'rootless mode',
    aliases: ['루트리스', 'rootless', 'rootless container'],
    definition:
      '루트 권한 없이 일반 사용자로 런타임과 컨테이너를 실행하는 방식으로, 사용자 네임스페이스로 컨테이너 안의 root를 호스트의 일반 사용자에 대응시킵니다.',
    doc: 'security/rootless#two-approaches',
  },
  {
    id: 'crun',
    ko: 'crun',
    en: 'crun',
    aliases: [],
    definition:
      'C 언어로 작성된 OCI 호환 저수준 런타임으로, Red Hat 주도의 containers 프로젝트에서 개발되며 runc보다 메모리를 적게 쓰고 빨리 시작합니다.',
    doc: 'runtimes/runc#alternatives',
  },
  {
    id: 'youki',
    ko: 'youki',
    en: 'youki',
    aliases: ['유키'],
    definition: 'Rust로 작성된 OCI 호환 저수준 런타임으로, runc 대신 쓸 수 있으며 2024년 CNCF 샌드박스 프로젝트로 채택되었습니다.',
    doc: 'runtimes/runc#alternatives',
  },
  {
    id: 'gvisor',
    ko: 'gVisor',
    en: 'gVisor',
    aliases: ['runsc', '지바이저'],
    definition:
      'Google이 만든 샌드박스형 런타임(runsc)으로, 사용자 공간에서 동작하는 커널이 시스템 호출을 대신 처리해 호스트 커널이 컨테이너에 직접 노출되지 않게 합니다.',
    doc: 'security/sandboxes#gvisor',
  },
  {
    id: 'kata-containers',
    ko: 'Kata Containers',
    en: 'Kata Containers',
    aliases: ['카타 컨테이너', 'Kata'],
    definition: '컨테이너나 파드마다 경량 가상머신을 띄워 커널까지 분리하는 OCI 호환 런타임으로, 하드웨어 가상화 수준의 격리를 제공합니다.',
    doc: 'security/sandboxes#kata',
  },

  // 보안: 격리 장치, 루트리스, 공급망, 샌드박스형 런타임
  {
    id: 'capability',
    ko: '케이퍼빌리티',
    en: 'Linux capabilities',
    aliases: ['capability', 'capabilities', '리눅스 케이퍼빌리티', '리눅스 기능', '캐퍼빌리티', 'CAP_SYS_ADMIN'],
    definition:
      'root 권한을 CAP_NET_BIND_SERVICE, CAP_SYS_ADMIN 같은 40여 개 단위로 나눈 리눅스 커널 기능으로, 컨테이너 런타임은 일부만 남기고 나머지를 뺍니다.',
    doc: 'security/isolation#capabilities',
  },
  {
    id: 'seccomp',
    ko: 'seccomp',
    en: 'secure computing mode',
    aliases: ['섹컴프', 'seccomp-bpf', 'seccomp 프로필', 'RuntimeDefault', 'seccompDefault'],
    definition:
      '프로세스가 부를 수 있는 시스템 호출을 BPF 필터로 제한하는 리눅스 커널 기능으로, Docker는 기본 프로필을 걸지만 Kubernetes는 지정하지 않으면 걸지 않습니다.',
    doc: 'security/isolation#seccomp',
  },
  {
    id: 'lsm',
    ko: 'LSM',
    en: 'Linux Security Module',
    aliases: ['리눅스 보안 모듈', '강제 접근 제어', 'mandatory access control'],
    definition: 'AppArmor나 SELinux처럼 커널 안에서 정책에 따라 파일과 자원 접근을 강제로 제한하는 리눅스의 보안 모듈 구조입니다.',
    doc: 'security/isolation#lsm',
  },
  {
    id: 'apparmor',
    ko: 'AppArmor',
    en: 'AppArmor',
    aliases: ['앱아머', 'AppArmor 프로필', 'docker-default'],
    definition: '프로그램이 접근할 수 있는 파일 경로와 자원을 프로필로 제한하는 리눅스 보안 모듈로, Ubuntu와 SUSE 계열이 기본으로 씁니다.',
    doc: 'security/isolation#apparmor',
  },
  {
    id: 'selinux',
    ko: 'SELinux',
    en: 'Security-Enhanced Linux',
    aliases: ['셀리눅스', 'container_t', 'SELinux 레이블'],
    definition: '파일과 프로세스에 붙인 레이블과 정책으로 접근을 강제로 제한하는 리눅스 보안 모듈로, Fedora와 RHEL 계열이 기본으로 씁니다.',
    doc: 'security/isolation#selinux',
  },
  {
    id: 'security-context',
    ko: '시큐리티 컨텍스트',
    en: 'security context',
    aliases: ['securityContext', '보안 컨텍스트', '시큐리티컨텍스트'],
    definition:
      'Kubernetes 파드나 컨테이너 명세에서 실행 사용자, 케이퍼빌리티, seccomp 프로필, 권한 상승 허용 여부 같은 보안 설정을 모아 적는 필드입니다.',
    doc: 'security/isolation#putting-it-together',
  },
  {
    id: 'privileged-container',
    ko: '특권 컨테이너',
    en: 'privileged container',
    aliases: ['privileged', '--privileged', '특권 모드', '프리빌리지드 컨테이너'],
    definition:
      '모든 케이퍼빌리티를 받고 seccomp와 LSM 제한이 풀려 호스트 장치에도 접근하는 컨테이너로, 사실상 호스트 root와 같은 권한을 가집니다.',
    doc: 'security/isolation#privileged',
  },
  {
    id: 'pod-security-standards',
    ko: '파드 시큐리티 표준',
    en: 'Pod Security Standards',
    aliases: ['PSS', '파드 보안 표준', 'Pod Security Admission', '파드 시큐리티 어드미션'],
    definition:
      'Kubernetes가 정의한 특권, 기본, 제한의 세 가지 파드 보안 정책 수준으로, 내장 어드미션 컨트롤러가 네임스페이스 레이블에 따라 적용합니다.',
    doc: 'security/isolation#privileged',
  },
  {
    id: 'user-namespace',
    ko: '사용자 네임스페이스',
    en: 'user namespace',
    aliases: ['user 네임스페이스', 'userns', '유저 네임스페이스', 'hostUsers'],
    definition:
      '컨테이너 안의 UID와 GID를 호스트의 다른 ID에 대응시키는 리눅스 네임스페이스로, 컨테이너 안의 root가 호스트에서는 권한 없는 사용자가 되게 합니다.',
    doc: 'security/rootless#user-namespaces',
  },
  {
    id: 'idmapped-mount',
    ko: 'ID 매핑 마운트',
    en: 'ID-mapped mount',
    aliases: ['idmapped mount', 'idmap mount', 'ID 매핑된 마운트', 'MOUNT_ATTR_IDMAP'],
    definition:
      '마운트 지점에 UID와 GID 대응표를 붙여, 디스크의 소유자 정보는 그대로 둔 채 그 마운트로 볼 때만 다른 ID로 보이게 하는 리눅스 기능입니다.',
    doc: 'security/rootless#idmapped-mounts',
  },
  {
    id: 'image-signing',
    ko: '이미지 서명',
    en: 'image signing',
    aliases: ['컨테이너 서명', 'container signing', '서명 검증', 'signature verification'],
    definition:
      '이미지 매니페스트의 다이제스트에 서명해, 누가 만든 이미지인지와 서명한 뒤 바뀌지 않았는지를 배포 전에 확인할 수 있게 하는 절차입니다.',
    doc: 'security/supply-chain#signing',
  },
  {
    id: 'sigstore',
    ko: 'Sigstore',
    en: 'Sigstore',
    aliases: ['시그스토어', 'Fulcio', 'Rekor', 'keyless signing', '키리스 서명'],
    definition:
      'OIDC 신원으로 단기 인증서를 발급하는 Fulcio와 서명을 공개 기록하는 투명성 로그 Rekor로, 서명 키를 보관하지 않고 서명하게 해 주는 OpenSSF 프로젝트입니다.',
    doc: 'security/supply-chain#cosign',
  },
  {
    id: 'cosign',
    ko: 'cosign',
    en: 'cosign',
    aliases: ['코사인', 'cosign sign', 'cosign verify'],
    definition: 'Sigstore의 명령행 도구로, 컨테이너 이미지와 파일에 서명하고 검증하며 서명을 OCI 레지스트리에 이미지와 함께 저장합니다.',
    doc: 'security/supply-chain#cosign',
  },
  {
    id: 'notation',
    ko: 'Notation',
    en: 'Notary Project Notation',
    aliases: ['노테이션', 'Notary Project', 'Notary', 'Notary v2', 'notation verify'],
    definition:
      'CNCF 인큐베이팅 프로젝트인 Notary Project의 명령행 도구로, X.509 인증서로 OCI 아티팩트에 서명하고 신뢰 정책에 따라 검증합니다.',
    doc: 'security/supply-chain#notation',
  },
  {
    id: 'sbom',
    ko: 'SBOM',
    en: 'software bill of materials',
    aliases: ['소프트웨어 자재 명세서', '에스봄', 'SPDX', 'CycloneDX'],
    definition:
      '이미지나 소프트웨어에 들어 있는 패키지와 버전, 라이선스를 기계가 읽을 수 있게 나열한 목록으로, SPDX나 CycloneDX 형식으로 씁니다.',
    doc: 'security/supply-chain#attestations',
  },
  {
    id: 'provenance',
    ko: '출처 증명',
    en: 'provenance attestation',
    aliases: ['provenance', '빌드 출처', 'SLSA provenance', '프로비넌스', 'attestation', '어테스테이션'],
    definition:
      '이미지가 어떤 소스와 빌드 도구, 입력으로 언제 어떻게 빌드되었는지를 기록한 증명으로, BuildKit은 SLSA 형식으로 만들어 이미지에 붙입니다.',
    doc: 'security/supply-chain#attestations',
  },
  {
    id: 'referrers-api',
    ko: '리퍼러 API',
    en: 'referrers API',
    aliases: ['referrers', 'OCI referrers', 'subject 필드', 'artifactType', '참조자 API'],
    definition:
      'OCI 배포 명세 1.1의 레지스트리 API로, subject 필드로 어떤 매니페스트를 가리키는 서명이나 SBOM 같은 아티팩트의 목록을 돌려줍니다.',
    doc: 'security/supply-chain#referrers',
  },
  {
    id: 'vulnerability-scanning',
    ko: '취약점 스캔',
    en: 'vulnerability scanning',
    aliases: ['이미지 스캔', 'CVE 스캔', '취약점 스캐너', 'Trivy', 'Grype', 'Docker Scout'],
    definition: '이미지에 든 패키지와 버전을 알려진 취약점(CVE) 데이터베이스와 대조해 고쳐야 할 항목을 찾는 일입니다.',
    doc: 'security/supply-chain#vulnerability-scanning',
  },
  {
    id: 'sandboxed-runtime',
    ko: '샌드박스형 런타임',
    en: 'sandboxed runtime',
    aliases: ['샌드박스 런타임', 'sandbox runtime', 'sandboxed container', '샌드박스 격리'],
    definition:
      'gVisor나 Kata Containers처럼 OCI 런타임 자리에 들어가면서 컨테이너와 호스트 커널 사이에 별도의 커널 경계를 두어 격리를 두껍게 하는 런타임입니다.',
    doc: 'security/sandboxes',
  },
  {
    id: 'runtimeclass',
    ko: 'RuntimeClass',
    en: 'RuntimeClass',
    aliases: ['런타임클래스', 'runtimeClassName'],
    definition:
      '노드의 컨테이너 런타임에 등록한 핸들러 이름을 가리키는 Kubernetes 리소스로, 파드는 runtimeClassName으로 이를 지정해 runc 대신 다른 런타임을 고릅니다.',
    doc: 'security/sandboxes#runtimeclass',
  },

  // 네트워크: 네임스페이스와 브리지, 포트 게시, 네트워크 드라이버, Kubernetes 네트워크 모델
  {
    id: 'network-namespace',
    ko: '네트워크 네임스페이스',
    en: 'network namespace',
    aliases: ['netns', 'net namespace', '네트워크네임스페이스'],
    definition:
      '네트워크 장치, IP 주소, 라우팅 표, 패킷 필터 규칙, 포트 번호 공간을 프로세스 묶음마다 따로 갖게 하는 리눅스 네임스페이스입니다.',
    doc: 'networking/namespaces-and-bridges#network-namespace',
  },
  {
    id: 'veth',
    ko: 'veth 쌍',
    en: 'veth pair',
    aliases: ['veth', '가상 이더넷', 'virtual ethernet', '베스'],
    definition:
      '한쪽 끝으로 들어간 패킷이 반대쪽 끝으로 나오는 가상 이더넷 장치 한 쌍으로, 한 끝을 컨테이너의 네트워크 네임스페이스에 넣어 호스트와 잇는 데 씁니다.',
    doc: 'networking/namespaces-and-bridges#veth',
  },
  {
    id: 'bridge',
    ko: '브리지',
    en: 'bridge',
    aliases: ['리눅스 브리지', 'Linux bridge', '브릿지', 'network bridge'],
    definition:
      'MAC 주소를 배워 가며 연결된 포트 사이로 이더넷 프레임을 전달하는 커널 안의 소프트웨어 스위치로, Docker의 docker0가 대표적인 예입니다.',
    doc: 'networking/namespaces-and-bridges#bridge',
  },
  {
    id: 'netfilter',
    ko: 'netfilter',
    en: 'netfilter',
    aliases: ['넷필터', '패킷 필터', 'packet filter'],
    definition:
      '패킷이 지나는 길목마다 훅을 두어 걸러 내기, 주소 변환, 연결 추적을 수행하는 리눅스 커널의 패킷 처리 프레임워크로, iptables와 nftables가 규칙을 넣는 대상입니다.',
    doc: 'networking/port-publishing#netfilter',
  },
  {
    id: 'iptables',
    ko: 'iptables',
    en: 'iptables',
    aliases: ['아이피테이블즈', 'ip6tables', 'iptables-nft'],
    definition:
      '테이블과 체인에 규칙을 차례로 쌓아 netfilter를 설정하는 전통적인 명령과 인터페이스로, Docker Engine과 kube-proxy의 기본 방화벽 백엔드입니다.',
    doc: 'networking/port-publishing#netfilter',
  },
  {
    id: 'nftables',
    ko: 'nftables',
    en: 'nftables',
    aliases: ['nft', '엔에프테이블즈'],
    definition: 'iptables의 후속으로 만들어진 netfilter 설정 체계로, 집합과 맵으로 규칙을 묶어 규칙 수가 많아도 빠르게 찾습니다.',
    doc: 'networking/port-publishing#firewall-backend',
  },
  {
    id: 'nat',
    ko: 'NAT',
    en: 'Network Address Translation',
    aliases: ['네트워크 주소 변환', 'SNAT', 'DNAT', '마스커레이드', 'masquerade'],
    definition:
      '패킷의 출발지나 목적지 주소와 포트를 바꿔 쓰는 기법으로, 컨테이너가 호스트 주소로 밖에 나가거나(마스커레이드) 호스트 포트로 들어온 요청을 컨테이너로 보내는 데(DNAT) 씁니다.',
    doc: 'networking/port-publishing#nat',
  },
  {
    id: 'port-publishing',
    ko: '포트 게시',
    en: 'port publishing',
    aliases: ['포트 포워딩', 'port forwarding', '포트 매핑', 'port mapping', '포트 퍼블리싱'],
    definition:
      '호스트의 포트로 들어온 연결을 컨테이너의 포트로 넘기도록 Docker가 NAT 규칙과 프록시를 설정하는 일로, docker run의 -p 옵션으로 요청합니다.',
    doc: 'networking/port-publishing#publish',
  },
  {
    id: 'docker-proxy',
    ko: 'docker-proxy',
    en: 'docker-proxy',
    aliases: ['userland proxy', '유저랜드 프록시', '사용자 공간 프록시', 'userland-proxy'],
    definition:
      '게시한 포트마다 Docker가 띄우는 작은 사용자 공간 프록시로, 호스트 자신의 루프백 주소처럼 NAT 규칙이 닿지 않는 연결을 컨테이너로 중계합니다.',
    doc: 'networking/port-publishing#docker-proxy',
  },
  {
    id: 'network-driver',
    ko: '네트워크 드라이버',
    en: 'network driver',
    aliases: ['Docker network driver', '도커 네트워크 드라이버', '네트워크드라이버'],
    definition:
      'Docker 네트워크를 실제로 구현하는 플러그인으로, bridge, host, none, overlay, macvlan, ipvlan 드라이버가 기본으로 들어 있습니다.',
    doc: 'networking/drivers',
  },
  {
    id: 'pod',
    ko: '파드',
    en: 'Pod',
    aliases: ['포드', 'k8s pod'],
    definition:
      'Kubernetes가 배포하고 스케줄링하는 가장 작은 단위로, 네트워크 네임스페이스와 IP 주소를 함께 쓰는 하나 이상의 컨테이너 묶음입니다.',
    doc: 'networking/kubernetes#pod-network',
  },
  {
    id: 'cni',
    ko: 'CNI',
    en: 'Container Network Interface',
    aliases: ['컨테이너 네트워크 인터페이스', 'CNI 플러그인', 'CNI plugin'],
    definition:
      '컨테이너 런타임이 네트워크 플러그인 실행 파일을 호출해 네트워크 네임스페이스에 인터페이스와 IP를 붙이는 방식을 정한 CNCF 명세와 그 플러그인들입니다.',
    doc: 'networking/kubernetes#cni',
  },
  {
    id: 'service',
    ko: '서비스',
    en: 'Service',
    aliases: ['Kubernetes Service', 'ClusterIP', 'NodePort', 'LoadBalancer', '클러스터 IP'],
    definition: '바뀌는 파드 묶음 앞에 고정된 가상 IP와 DNS 이름을 두어 트래픽을 나눠 주는 Kubernetes 리소스입니다.',
    doc: 'networking/kubernetes#services',
  },
  {
    id: 'kube-proxy',
    ko: 'kube-proxy',
    en: 'kube-proxy',
    aliases: ['큐브 프록시', '쿠브프록시', 'kubeproxy'],
    definition:
      '각 노드에서 서비스와 엔드포인트슬라이스를 지켜보며 서비스 IP로 가는 패킷을 파드로 보내는 iptables 또는 nftables 규칙을 만드는 Kubernetes 구성 요소입니다.',
    doc: 'networking/kubernetes#kube-proxy',
  },
  {
    id: 'network-policy',
    ko: '네트워크 정책',
    en: 'NetworkPolicy',
    aliases: ['네트워크폴리시', 'network policy', '넷폴'],
    definition:
      '레이블로 고른 파드에 들어오고 나가는 트래픽을 IP와 포트 수준에서 허용 목록으로 제한하는 Kubernetes 리소스로, CNI 플러그인이 실제로 적용합니다.',
    doc: 'networking/kubernetes#network-policy',
  },

  // CNCF
  {
    id: 'cloud-native',
    ko: '클라우드 네이티브',
    en: 'cloud native',
    aliases: ['cloud-native', '클라우드네이티브'],
    definition:
      '컨테이너, 마이크로서비스, 선언적 API, 자동화를 활용해 퍼블릭, 프라이빗, 하이브리드 클라우드처럼 변화가 잦은 환경에서 확장성과 회복력을 갖춘 애플리케이션을 만들고 운영하는 방식입니다.',
    doc: 'cncf/overview#cloud-native-definition',
  },
  {
    id: 'linux-foundation',
    ko: 'Linux Foundation',
    en: 'Linux Foundation',
    aliases: ['리눅스 재단', 'LF', '리눅스 파운데이션', 'The Linux Foundation'],
    definition: '리눅스 커널 개발을 후원하고 CNCF와 OCI를 비롯한 여러 오픈소스 재단과 프로젝트를 운영하는 비영리 단체입니다.',
    doc: 'cncf/overview#history',
  },
  {
    id: 'cncf',
    ko: 'CNCF',
    en: 'Cloud Native Computing Foundation',
    aliases: ['클라우드 네이티브 컴퓨팅 재단', '클라우드 네이티브 컴퓨팅 파운데이션'],
    definition:
      'Kubernetes를 비롯한 클라우드 네이티브 오픈소스 프로젝트를 특정 기업에 치우치지 않게 품고 키우려고 2015년 Linux Foundation 산하에 세워진 재단입니다.',
    doc: 'cncf/overview#history',
  },
  {
    id: 'toc',
    ko: 'TOC',
    en: 'Technical Oversight Committee',
    aliases: ['기술 감독 위원회', 'CNCF TOC'],
    definition: 'CNCF의 기술 방향을 정하고 프로젝트의 채택, 성숙도 단계 승격, 보관을 심사해 결정하는 기술 감독 위원회입니다.',
    doc: 'cncf/overview#toc',
  },
  {
    id: 'cncf-sandbox',
    ko: 'Sandbox',
    en: 'Sandbox',
    aliases: ['샌드박스', '샌드박스 프로젝트', 'CNCF Sandbox'],
    definition:
      'CNCF에 새로 받아들인 초기 단계 프로젝트가 속하는 첫 번째 성숙도 단계로, 실험적인 프로젝트에 중립적인 협업 공간을 제공합니다.',
    doc: 'cncf/maturity#sandbox',
  },
  {
    id: 'incubating',
    ko: '인큐베이팅',
    en: 'Incubating',
    aliases: ['인큐베이션', 'incubation', '인큐베이팅 프로젝트'],
    definition:
      '공개된 도입 조직 목록과 건강한 기여자 집단을 갖추고 TOC의 실사를 통과한 프로젝트가 올라가는 CNCF의 두 번째 성숙도 단계입니다.',
    doc: 'cncf/maturity#incubating',
  },
  {
    id: 'graduated',
    ko: '졸업',
    en: 'Graduated',
    aliases: ['졸업 프로젝트', 'graduation', '그래듀에이티드'],
    definition:
      '폭넓은 채택, 여러 조직에 걸친 메인테이너, 제3자 보안 감사 같은 엄격한 기준을 통과한 프로젝트가 도달하는 CNCF의 가장 높은 성숙도 단계입니다.',
    doc: 'cncf/maturity#graduated',
  },
  {
    id: 'archived',
    ko: '보관',
    en: 'Archived',
    aliases: ['아카이브', 'archive', '보관 프로젝트', '아카이브 프로젝트'],
    avoid: ['아카이브'],
    usage: 'CNCF의 Archived 단계, 보관된 판(버전)처럼 archive는 모두 보관으로 쓰고, tar 같은 묶음 파일은 tar 파일이라고 씁니다.',
    definition:
      '활동이 멈췄거나 더는 CNCF의 지원이 필요 없다고 TOC가 판단한 프로젝트를 옮겨 두는 상태로, 코드와 기록은 남지만 CNCF가 적극적으로 지원하지 않습니다.',
    doc: 'cncf/maturity#archived',
  },
  {
    id: 'production',
    ko: '운영 환경',
    en: 'production',
    aliases: ['프로덕션', '프로덕션 환경', '상용 환경'],
    avoid: ['프로덕션'],
    usage: 'production은 Kubernetes 한국어 문서처럼 운영 환경이라고 씁니다.',
    definition:
      '개발이나 시험이 아니라 실제 사용자와 업무를 처리하는 환경으로, CNCF는 졸업 심사에서 도입 조직이 프로젝트를 이 환경에서 쓰는지 확인합니다.',
    doc: 'cncf/maturity#graduation-criteria',
  },
  {
    id: 'observability',
    ko: '관찰 가능성',
    en: 'observability',
    aliases: ['관측성', '관측 가능성', '가시성', 'o11y'],
    avoid: ['관측성', '관측 가능성'],
    usage: 'observability는 CNCF 클라우드 네이티브 용어집 한국어판처럼 관찰 가능성이라고 씁니다.',
    definition:
      '메트릭, 로그, 트레이스 같은 신호로 시스템의 내부 상태를 바깥에서 알아낼 수 있는 정도로, Prometheus와 OpenTelemetry가 이 분야의 CNCF 프로젝트입니다.',
    doc: 'cncf/overview#cloud-native-definition',
  },
  {
    id: 'kubernetes',
    ko: 'Kubernetes',
    en: 'Kubernetes',
    aliases: ['쿠버네티스', 'k8s', '쿠베'],
    definition:
      '여러 노드에 걸쳐 컨테이너화된 애플리케이션의 배포, 확장, 복구를 자동화하는 오케스트레이션 플랫폼으로, CNCF의 첫 프로젝트이자 2018년 처음으로 졸업한 프로젝트입니다.',
    doc: 'cncf/projects#kubernetes',
  },
  {
    id: 'prometheus',
    ko: 'Prometheus',
    en: 'Prometheus',
    aliases: ['프로메테우스'],
    definition:
      '시계열 데이터베이스와 PromQL 쿼리 언어를 갖춘 메트릭 수집, 모니터링, 알림 시스템으로, Kubernetes에 이어 두 번째로 CNCF를 졸업한 프로젝트입니다.',
    doc: 'cncf/projects#prometheus',
  },
  {
    id: 'envoy',
    ko: 'Envoy',
    en: 'Envoy',
    aliases: ['엔보이', 'Envoy Proxy'],
    definition:
      'Lyft에서 시작된 고성능 L4/L7 프록시로, 서비스 메시의 데이터 플레인으로 널리 쓰이며 2018년 CNCF 졸업 프로젝트가 되었습니다.',
    doc: 'cncf/projects#envoy',
  },
  {
    id: 'helm',
    ko: 'Helm',
    en: 'Helm',
    aliases: ['헬름'],
    definition:
      '차트라는 패키지 단위로 Kubernetes 애플리케이션을 설치, 업그레이드, 롤백하는 패키지 관리자로, 2020년 CNCF 졸업 프로젝트가 되었습니다.',
    doc: 'cncf/projects#helm',
  },
  {
    id: 'harbor',
    ko: 'Harbor',
    en: 'Harbor',
    aliases: ['하버'],
    definition:
      '접근 제어, 취약점 스캔, 이미지 서명과 복제 기능을 갖춘 오픈소스 컨테이너 레지스트리로, 2020년 CNCF 졸업 프로젝트가 되었습니다.',
    doc: 'cncf/projects#harbor',
  },
  {
    id: 'istio',
    ko: 'Istio',
    en: 'Istio',
    aliases: ['이스티오'],
    definition:
      '서비스 사이의 트래픽 관리, mTLS 보안, 관찰 가능성을 애플리케이션 코드 수정 없이 제공하는 서비스 메시로, 2022년 CNCF에 들어와 2023년 졸업했습니다.',
    doc: 'cncf/projects#istio',
  },
  {
    id: 'grafana',
    ko: 'Grafana',
    en: 'Grafana',
    aliases: ['그라파나'],
    definition: 'Grafana Labs가 개발하는 오픈소스 대시보드와 시각화 도구로, Prometheus와 함께 자주 쓰이지만 CNCF 프로젝트는 아닙니다.',
    doc: 'cncf/projects#grafana',
  },
  {
    id: 'conference',
    ko: '콘퍼런스',
    en: 'conference',
    aliases: ['컨퍼런스', '컨퍼런스 행사'],
    avoid: ['컨퍼런스'],
    usage: 'conference는 국립국어원 외래어 표기에 따라 콘퍼런스로 씁니다.',
    definition: '여러 발표와 토론을 며칠에 걸쳐 여는 기술 행사로, 이 사이트에서는 주로 CNCF가 여는 KubeCon + CloudNativeCon을 가리킵니다.',
    doc: 'cncf/activities#kubecon',
  },
  {
    id: 'kubecon',
    ko: 'KubeCon + CloudNativeCon',
    en: 'KubeCon + CloudNativeCon',
    aliases: ['쿠브콘', 'KubeCon', '큐브콘', 'CloudNativeCon'],
    definition:
      'CNCF가 북미, 유럽 등 여러 지역에서 해마다 여는 클라우드 네이티브 분야의 대표 콘퍼런스로, Kubernetes와 CNCF 프로젝트의 메인테이너, 사용 기업, 벤더가 모입니다.',
    doc: 'cncf/activities#kubecon',
  },
];
