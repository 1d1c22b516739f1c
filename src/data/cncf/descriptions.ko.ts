/**
 * Korean descriptions of the CNCF projects, written by hand (not translated
 * sentence by sentence): what each project is and what it is used for, in one
 * or two 합니다체 sentences of 40–120 characters, with the glossary's spelling
 * (src/data/glossary/terms.ts) and project names as the projects write them.
 *
 * Keyed by the project's slug in projects.ts. `from` is the fingerprint of the
 * English description the Korean was written from (src/data/cncf/fingerprint.ts).
 * `npm run cncf:import` lists what a new landscape adds or changes, and
 * `npm run check:content` fails on a missing entry and warns about a stale one;
 * CONTRIBUTING.md (#cncf-descriptions) says how to write or update one.
 */
import type {KoreanDescriptions} from './descriptions';

const descriptions = {
  'aeraki-mesh': {
    from: '5023827e501b',
    ko: 'Istio 서비스 메시에서 HTTP 밖의 7계층 프로토콜(Dubbo, Thrift, Redis 등) 트래픽도 라우팅하고 관리하게 해 주는 확장입니다.',
  },
  agones: {
    from: 'be328845ea55',
    ko: 'Kubernetes 위에서 멀티플레이 게임의 전용 게임 서버를 배포하고 실행하며 규모를 조절하는 프로젝트입니다. 게임 서버를 커스텀 리소스로 다룹니다.',
  },
  akri: {
    from: 'a51bfa1cf435',
    ko: '엣지의 IP 카메라, USB 장치 같은 주변 장치를 찾아 Kubernetes 클러스터의 리소스로 노출하고, 그 장치를 쓰는 파드를 띄워 주는 프로젝트입니다.',
  },
  antrea: {
    from: '866862215349',
    ko: 'Open vSwitch를 데이터 플레인으로 쓰는 Kubernetes 네트워크(CNI) 플러그인입니다. 네트워크 정책과 트래픽 관측 기능을 함께 제공합니다.',
  },
  'apicurio-registry': {
    from: 'b854ee2a6948',
    ko: 'OpenAPI, AsyncAPI 같은 API 정의와 Avro, Protobuf 같은 이벤트 스키마를 저장하고 버전을 관리하는 레지스트리입니다.',
  },
  argo: {
    from: 'e2ce6fc505ec',
    ko: 'Argo Workflows, Argo CD, Argo Rollouts, Argo Events로 이루어진 Kubernetes 네이티브 도구 모음입니다. 워크플로 실행과 GitOps 배포에 씁니다.',
  },
  armada: {
    from: 'c51c493880ae',
    ko: '여러 Kubernetes 클러스터에 걸쳐 대량의 배치 작업을 대기열에 넣고 스케줄링하는 시스템입니다.',
  },
  'artifact-hub': {
    from: 'e3b0c44298fc',
    ko: 'Helm 차트, 오퍼레이터, 정책 같은 클라우드 네이티브 패키지를 한곳에서 찾아보고 게시하는 웹 애플리케이션입니다.',
  },
  athenz: {
    from: 'd7ede5ddf563',
    ko: 'X.509 인증서로 서비스를 인증하고 역할 기반으로 세밀하게 접근을 제어하는 플랫폼입니다. Yahoo에서 시작했습니다.',
  },
  atlantis: {
    from: 'cb74a5fd634d',
    ko: '풀 리퀘스트에서 Terraform plan과 apply를 실행하고 그 결과를 댓글로 남겨, 인프라 변경을 리뷰 흐름 안에서 처리하게 하는 도구입니다.',
  },
  backstage: {
    from: 'e3b0c44298fc',
    ko: '서비스 카탈로그, 소프트웨어 템플릿, 기술 문서를 한 포털에 모으는 개발자 포털 프레임워크입니다. Spotify에서 시작했습니다.',
  },
  'bank-vaults': {
    from: '2a02b479adc1',
    ko: 'HashiCorp Vault를 Kubernetes에서 운영하는 도구 모음입니다. Vault 오퍼레이터, 파드에 시크릿을 주입하는 웹훅, 설정용 CLI를 제공합니다.',
  },
  bfe: {
    from: '23f3a41d2806',
    ko: 'Baidu의 사내 프런트엔드 시스템에서 나온 7계층 로드 밸런서입니다. HTTP, HTTPS, HTTP/2 같은 트래픽을 규칙에 따라 분배합니다.',
  },
  bootc: {
    from: 'd0120cafed5f',
    ko: '운영체제 전체를 OCI 이미지로 만들어 배포하고, 그 이미지로 호스트를 트랜잭션 방식으로 제자리에서 갱신하는 도구입니다.',
  },
  bpfman: {
    from: 'f97b6fc61b3d',
    ko: 'Linux 호스트와 Kubernetes 클러스터에서 eBPF 프로그램을 불러오고 해제하며 권한과 수명을 관리하는 도구입니다.',
  },
  brigade: {
    from: 'e3b0c44298fc',
    ko: 'Kubernetes에서 이벤트가 일어나면 JavaScript나 TypeScript로 작성한 스크립트로 작업을 실행하는 이벤트 기반 스크립팅 도구입니다.',
  },
  buildpacks: {
    from: 'e3b0c44298fc',
    ko: 'Dockerfile 없이 소스 코드를 분석해 OCI 이미지로 만드는 Cloud Native Buildpacks 명세와 그 구현인 pack CLI입니다.',
  },
  'cadence-workflow': {
    from: '8441b1c656f3',
    ko: '오래 걸리는 업무 흐름을 일반 코드로 작성하면 상태를 저장해 두고 장애가 나도 이어서 실행해 주는 워크플로 플랫폼입니다. Uber에서 시작했습니다.',
  },
  capsule: {
    from: '001b698a638a',
    ko: '네임스페이스 여러 개를 테넌트로 묶고 정책을 적용해, 한 Kubernetes 클러스터를 여러 팀이 나눠 쓰게 하는 멀티 테넌시 도구입니다.',
  },
  carina: {
    from: 'c3bf988f059e',
    ko: '노드의 로컬 디스크를 LVM이나 원시 장치로 관리해 Kubernetes에 영구 볼륨으로 제공하는 CSI 스토리지 플러그인입니다.',
  },
  cartography: {
    from: 'b349a0ea1dde',
    ko: '클라우드 계정과 인프라의 자산, 그리고 자산 사이의 관계를 Neo4j 그래프로 모아 보안 분석에 쓰게 하는 Python 도구입니다.',
  },
  carvel: {
    from: 'a8cdcdbee596',
    ko: 'ytt, kapp, kbld, imgpkg처럼 한 가지 일만 하는 도구를 조합해 Kubernetes 애플리케이션을 구성하고 배포하는 도구 모음입니다.',
  },
  'cdk-for-kubernetes-cdk8s': {
    from: '01a0f3d9a12c',
    ko: 'TypeScript, Python, Java, Go 같은 일반 프로그래밍 언어로 Kubernetes 매니페스트를 정의하고 생성하는 프레임워크입니다.',
  },
  cedar: {
    from: 'e8f8e72db16c',
    ko: '애플리케이션의 권한 규칙을 코드와 분리된 정책으로 작성하는 권한 부여 정책 언어입니다. 자동 추론으로 정책을 분석할 수 있게 설계되었습니다.',
  },
  'cert-manager': {
    from: 'e3b0c44298fc',
    ko: "Kubernetes에서 TLS 인증서를 발급하고 만료 전에 갱신하는 컨트롤러입니다. Let's Encrypt 같은 ACME 발급자와 Vault 등을 지원합니다.",
  },
  'chaos-mesh': {
    from: 'e3b0c44298fc',
    ko: '파드 장애, 네트워크 지연, 디스크 오류 같은 장애를 Kubernetes 클러스터에 일부러 주입해 복원력을 시험하는 카오스 엔지니어링 플랫폼입니다.',
  },
  chaosblade: {
    from: 'e3b0c44298fc',
    ko: '호스트, 컨테이너, Kubernetes, 애플리케이션에 CPU 부하나 네트워크 장애 같은 실험을 주입하는 카오스 엔지니어링 도구입니다. Alibaba에서 시작했습니다.',
  },
  cilium: {
    from: 'e3b0c44298fc',
    ko: 'eBPF로 Kubernetes의 네트워킹, 네트워크 정책, 로드 밸런싱을 처리하는 CNI 플러그인입니다. 트래픽 관측(Hubble)과 서비스 메시 기능도 있습니다.',
  },
  'cloud-custodian': {
    from: 'e3b0c44298fc',
    ko: 'YAML 정책으로 클라우드 리소스를 조회하고, 규칙에 어긋난 리소스에 태그 달기, 중지, 삭제 같은 조치를 하는 규칙 엔진입니다.',
  },
  cloudevents: {
    from: 'dc089b858718',
    ko: '이벤트 데이터를 설명하는 공통 메타데이터 형식을 정한 명세입니다. 서비스와 플랫폼 사이에서 이벤트를 주고받을 때 씁니다.',
  },
  cloudnativepg: {
    from: 'e1b36a958163',
    ko: 'Kubernetes에서 PostgreSQL 클러스터의 배포, 복제, 장애 조치, 백업을 관리하는 오퍼레이터입니다.',
  },
  clusternet: {
    from: '65913af153c7',
    ko: '퍼블릭 클라우드, 프라이빗 클라우드, 엣지에 흩어진 여러 Kubernetes 클러스터를 한곳에서 관리하고 애플리케이션을 배포하는 도구입니다.',
  },
  clusterpedia: {
    from: '6d83e5fd5920',
    ko: '여러 Kubernetes 클러스터의 리소스를 모아 동기화해 두고, Kubernetes API와 같은 방식으로 한 번에 검색하고 조회하게 하는 도구입니다.',
  },
  'cni-genie': {
    from: 'e3b0c44298fc',
    ko: '한 Kubernetes 클러스터에서 여러 CNI 플러그인을 함께 쓰고, 파드마다 어떤 네트워크에 붙을지 고르게 해 주는 플러그인입니다.',
  },
  cohdi: {
    from: 'c055ffc79b06',
    ko: 'GPU 같은 분리된 하드웨어를 필요할 때 노드에 붙여 쓰게 하는 프로젝트입니다. Kubernetes의 DRA, 오토스케일러, 스케줄링과 연동합니다.',
  },
  composefs: {
    from: 'e24cca27a016',
    ko: 'OverlayFS, EROFS, fs-verity를 조합해 읽기 전용 파일시스템 트리를 마운트하는 프로젝트입니다. 이미지를 마운트하고 무결성을 검증하는 데 씁니다.',
  },
  'confidential-containers': {
    from: '453ab4eae937',
    ko: '신뢰 실행 환경(TEE)에서 컨테이너를 실행해, 사용 중인 데이터까지 호스트와 클라우드 운영자로부터 보호하는 프로젝트입니다.',
  },
  'connect-rpc': {
    from: 'e1f9d7511910',
    ko: 'Protocol Buffers로 정의한 API를 브라우저와 gRPC 클라이언트 양쪽에서 호출할 수 있는 HTTP API로 만드는 라이브러리 모음입니다.',
  },
  'container-network-interface-cni': {
    from: 'e3b0c44298fc',
    ko: '컨테이너의 네트워크 인터페이스를 설정하는 플러그인의 명세와 라이브러리입니다. Kubernetes의 네트워크 플러그인이 이 인터페이스를 따릅니다.',
  },
  container2wasm: {
    from: '2cd2d16d7143',
    ko: '컨테이너 이미지를 WebAssembly 이미지로 바꿔 WASI 런타임이나 웹 브라우저에서 실행하게 하는 변환 도구입니다.',
  },
  containerd: {
    from: 'f5b4ffd6fa27',
    ko: '이미지를 내려받아 저장하고 컨테이너의 실행을 관리하는 고수준 컨테이너 런타임입니다. Docker Engine과 Kubernetes 노드에서 널리 씁니다.',
  },
  containerssh: {
    from: '7f2cf31c8c08',
    ko: 'SSH 연결마다 Kubernetes, Podman, Docker에 새 컨테이너를 띄워 사용자를 그 안에 넣고, 연결이 끊기면 컨테이너를 지우는 SSH 서버입니다.',
  },
  contour: {
    from: 'e3b0c44298fc',
    ko: 'Envoy를 데이터 플레인으로 쓰는 Kubernetes 인그레스 컨트롤러입니다. Gateway API와 자체 HTTPProxy 리소스를 지원합니다.',
  },
  copa: {
    from: '77bdb79bd0fd',
    ko: '스캐너의 취약점 보고서를 바탕으로, 이미지를 처음부터 다시 빌드하지 않고 문제가 된 패키지만 바로 패치하는 CLI 도구입니다.',
  },
  coredns: {
    from: 'e3b0c44298fc',
    ko: '플러그인을 이어 붙여 기능을 구성하는 DNS 서버입니다. Kubernetes 클러스터의 기본 DNS로 서비스 디스커버리를 맡습니다.',
  },
  cortex: {
    from: 'e3b0c44298fc',
    ko: '여러 Prometheus의 메트릭을 받아 테넌트별로 나눠 오래 저장하고, 수평으로 확장하며 조회하게 하는 메트릭 저장소입니다.',
  },
  cozystack: {
    from: '8f1f0e584417',
    ko: '베어메탈 서버에 프라이빗 클라우드를 구축하는 PaaS 플랫폼입니다. 관리형 Kubernetes, KubeVirt 가상머신, 데이터베이스 서비스를 제공합니다.',
  },
  'cri-o': {
    from: 'e3b0c44298fc',
    ko: 'Kubernetes의 CRI를 구현한 가벼운 컨테이너 런타임입니다. runc나 crun 같은 OCI 런타임으로 파드의 컨테이너를 실행합니다.',
  },
  crossplane: {
    from: '2e77981e29d5',
    ko: 'Kubernetes API를 확장해 클라우드 리소스와 애플리케이션을 선언적으로 관리하는 컨트롤 플레인을 만드는 프레임워크입니다.',
  },
  cubefs: {
    from: 'e3b0c44298fc',
    ko: '메타데이터와 데이터를 나눠 저장하는 분산 파일시스템입니다. POSIX, S3, HDFS 방식으로 접근하고 CSI로 Kubernetes에 볼륨을 제공합니다.',
  },
  curiefense: {
    from: 'e3b0c44298fc',
    ko: 'Envoy를 확장해 웹 애플리케이션 방화벽, 봇 차단, DDoS 방어 같은 트래픽 보호 기능을 더하는 도구입니다.',
  },
  curve: {
    from: 'da8a737ab7ad',
    ko: 'NetEase가 만든 분산 스토리지 시스템입니다. 블록 스토리지(CurveBS)와 파일시스템(CurveFS)을 제공해 여러 용도의 스토리지 기반으로 씁니다.',
  },
  curvine: {
    from: 'b93eeee9b374',
    ko: 'Rust로 작성한 분산 다계층 캐시 시스템입니다. 클라우드 객체 스토리지의 데이터를 메모리, SSD, HDD에 캐시하고 POSIX, S3, HDFS 방식으로 제공합니다.',
  },
  dalec: {
    from: '09a81af5cb5d',
    ko: '선언적 명세 파일 하나로 RPM, DEB 같은 시스템 패키지와 그 패키지로 만든 이미지를 빌드하는 BuildKit 프런트엔드입니다. 공급망 보안을 위해 만들었습니다.',
  },
  dapr: {
    from: 'e3b0c44298fc',
    ko: '서비스 호출, 상태 저장, 발행/구독, 시크릿 조회 같은 분산 애플리케이션 기능을 사이드카 API로 제공하는 런타임입니다.',
  },
  devfile: {
    from: '13fab2de2f73',
    ko: '컨테이너 기반 개발 환경을 YAML 파일로 정의하는 개방형 표준입니다. 여러 개발 도구와 IDE가 같은 정의로 환경을 만듭니다.',
  },
  devspace: {
    from: '73468eb6be1a',
    ko: 'Kubernetes 클러스터 안에서 애플리케이션을 개발하며 코드 변경을 컨테이너에 바로 동기화하는 클라이언트 전용 개발 도구입니다.',
  },
  devstream: {
    from: 'e3b0c44298fc',
    ko: 'CI/CD, 코드 저장소, 모니터링 같은 DevOps 도구를 설정 파일 하나로 설치하고 서로 연결하는 도구 체인 관리자입니다.',
  },
  dex: {
    from: '99319df5cee3',
    ko: 'LDAP, GitHub, SAML 같은 다른 인증 수단을 연결해 OpenID Connect로 신원을 제공하는 서버입니다. Kubernetes 사용자 인증에 자주 씁니다.',
  },
  distribution: {
    from: '6ce37e220070',
    ko: 'OCI 배포 명세를 구현한 레지스트리 서버와 라이브러리입니다. 이미지를 저장하고 내려보내는 많은 레지스트리의 바탕이 됩니다.',
  },
  dragonfly: {
    from: '17547962bba5',
    ko: 'P2P 방식으로 이미지와 파일을 나눠 전달해 레지스트리 부하를 줄이는 배포 시스템입니다. Nydus로 이미지를 필요한 만큼만 읽어 컨테이너 시작을 앞당깁니다.',
  },
  drasi: {
    from: 'd1af932aed29',
    ko: '데이터베이스 같은 데이터 원본의 변경을 지속 쿼리로 감지하고, 조건이 맞으면 정해 둔 반응을 실행하는 변경 처리 플랫폼입니다.',
  },
  easegress: {
    from: '783f5fbdd4e3',
    ko: '라우팅, 부하 분산, 회로 차단기, 인증 같은 트래픽 기능을 파이프라인으로 조합하는 API 게이트웨이입니다.',
  },
  'emissary-ingress': {
    from: 'e3b0c44298fc',
    ko: 'Envoy 기반의 Kubernetes API 게이트웨이이자 인그레스 컨트롤러입니다. 예전 이름은 Ambassador입니다.',
  },
  envoy: {
    from: 'e3b0c44298fc',
    ko: '서비스 사이의 트래픽을 중계하는 L7 프록시입니다. 여러 서비스 메시와 API 게이트웨이의 데이터 플레인으로 쓰입니다.',
  },
  eraser: {
    from: 'd904ccb74256',
    ko: '취약점 스캔 결과를 바탕으로, 실행 중이 아닌 이미지를 클러스터의 모든 노드에서 지우는 도구입니다.',
  },
  etcd: {
    from: 'e3b0c44298fc',
    ko: 'Raft 합의 알고리즘으로 데이터를 복제하는 분산 키-값 저장소입니다. Kubernetes가 클러스터 상태를 저장하는 곳입니다.',
  },
  'external-secrets': {
    from: 'f80a20e92957',
    ko: 'AWS Secrets Manager, Vault 같은 외부 비밀 저장소의 값을 읽어 Kubernetes 시크릿으로 만들어 주는 오퍼레이터입니다.',
  },
  fabedge: {
    from: 'e3b0c44298fc',
    ko: 'Kubernetes와 KubeEdge로 구성한 엣지 환경에서 클라우드와 엣지, 엣지와 엣지 사이의 파드 네트워크를 연결하는 프로젝트입니다.',
  },
  falco: {
    from: 'e3b0c44298fc',
    ko: '커널의 시스템 호출을 관찰해 컨테이너와 호스트에서 일어나는 수상한 동작을 실시간으로 찾아내는 런타임 보안 도구입니다.',
  },
  'flatcar-container-linux': {
    from: '18bf73bbdd57',
    ko: '컨테이너 워크로드를 위해 만든 최소 구성의 Linux 배포판입니다. 읽기 전용 /usr와 자동 업데이트로 관리 부담을 줄입니다.',
  },
  fluentd: {
    from: 'e3b0c44298fc',
    ko: '여러 곳에서 나오는 로그를 모아 가공하고 저장소나 분석 도구로 보내는 로그 수집기입니다. 플러그인으로 입력과 출력을 늘립니다.',
  },
  fluid: {
    from: '91097ddebc0b',
    ko: '원격 데이터셋을 Kubernetes 클러스터 가까이 캐시해 AI나 빅데이터 작업이 빠르게 읽게 하는 데이터 오케스트레이션 플랫폼입니다.',
  },
  flux: {
    from: 'e3b0c44298fc',
    ko: 'Git 저장소에 선언한 상태에 맞춰 Kubernetes 클러스터를 계속 동기화하는 GitOps 도구입니다.',
  },
  fonio: {
    from: 'e3b0c44298fc',
    ko: 'eBPF 프로브로 컨테이너 환경과 Linux 호스트의 네트워크, 파일, 프로세스 활동을 관찰하는 보안 모니터링 에이전트입니다. 예전 이름은 ingraind입니다.',
  },
  grpc: {
    from: '896dfbab264a',
    ko: 'Protocol Buffers로 인터페이스를 정의하고 HTTP/2로 통신하는 RPC 프레임워크입니다. 여러 언어로 서비스 사이의 호출을 구현합니다.',
  },
  hami: {
    from: 'f8a704dd5d7e',
    ko: 'GPU 같은 AI 가속기를 여러 파드가 나눠 쓰도록 가상화하고 스케줄링하는 Kubernetes 미들웨어입니다.',
  },
  harbor: {
    from: 'e3b0c44298fc',
    ko: '이미지와 Helm 차트를 저장하는 레지스트리입니다. 접근 제어, 취약점 스캔, 서명, 레지스트리 간 복제를 제공합니다.',
  },
  headlamp: {
    from: '14ad6c91f48b',
    ko: '여러 Kubernetes 클러스터를 웹 브라우저나 데스크톱 앱에서 보고 관리하는 UI입니다. 플러그인으로 화면과 기능을 넓힐 수 있습니다.',
  },
  helm: {
    from: 'e3b0c44298fc',
    ko: '애플리케이션의 Kubernetes 리소스를 차트로 묶어 설치하고 업그레이드하고 되돌리는 패키지 관리자입니다.',
  },
  hexa: {
    from: 'e3b0c44298fc',
    ko: '여러 클라우드와 플랫폼의 접근 정책을 공통 정책 언어 IDQL로 옮겨 한곳에서 관리하는 정책 오케스트레이터입니다.',
  },
  higress: {
    from: '1c2f29330b0a',
    ko: 'Envoy와 Istio를 바탕으로 만든 API 게이트웨이입니다. 인그레스, 마이크로서비스, LLM 호출 트래픽을 한곳에서 다룹니다.',
  },
  holmesgpt: {
    from: '1de473fe5eb0',
    ko: '알림이 오면 관측 데이터와 클러스터 상태를 조사하고 런북을 실행해 장애 원인을 찾는 AI 에이전트입니다.',
  },
  hwameistor: {
    from: '0d741e10ed89',
    ko: '노드의 로컬 디스크를 묶어 복제와 고가용성을 갖춘 볼륨으로 제공하는 Kubernetes 로컬 스토리지 시스템입니다.',
  },
  hyperlight: {
    from: '692c0e1f2c3f',
    ko: '애플리케이션 안에 넣어 쓰는 가벼운 가상머신 관리자입니다. 신뢰할 수 없는 코드를 운영체제 없는 작은 가상머신에서 짧은 지연으로 실행합니다.',
  },
  'in-toto': {
    from: 'e3b0c44298fc',
    ko: '소프트웨어 공급망의 각 단계를 누가 어떻게 수행했는지 서명된 증명으로 남기고 검증하는 프레임워크입니다.',
  },
  'inclavare-containers': {
    from: '91ffacde574b',
    ko: 'Intel SGX 같은 엔클레이브 안에서 컨테이너를 실행하는, 기밀 컴퓨팅용 컨테이너 런타임입니다.',
  },
  'inspektor-gadget': {
    from: 'cb52c6e807c3',
    ko: '가젯이라 부르는 eBPF 기반 도구로 Kubernetes와 Linux 호스트의 시스템 활동을 관찰하고 데이터를 모으는 디버깅 도구 모음입니다.',
  },
  interlink: {
    from: '52d58f34b295',
    ko: 'Virtual Kubelet 인터페이스로 Kubernetes 파드를 HPC 배치 시스템 같은 원격 자원에서 실행하게 하는 프로젝트입니다.',
  },
  istio: {
    from: '3d5c97433b57',
    ko: '트래픽 관리, mTLS 보안, 관찰 가능성을 애플리케이션 코드 밖에서 제공하는 서비스 메시입니다. Envoy 사이드카나 앰비언트 모드로 동작합니다.',
  },
  jaeger: {
    from: 'e3b0c44298fc',
    ko: '요청이 여러 서비스를 거치는 경로를 추적하고 시각화하는 분산 트레이싱 플랫폼입니다. 지연과 오류의 원인을 찾는 데 씁니다.',
  },
  k0s: {
    from: 'e3b0c44298fc',
    ko: '필요한 구성 요소를 바이너리 하나에 담은 Kubernetes 배포판입니다. 베어메탈, 클라우드, 엣지에 같은 방식으로 설치합니다.',
  },
  k3s: {
    from: '853984350225',
    ko: '엣지, IoT, 개발 환경에 맞게 바이너리 하나로 줄인 경량 Kubernetes 배포판입니다.',
  },
  k8gb: {
    from: '6b506c6189ec',
    ko: 'DNS를 이용해 여러 지역의 Kubernetes 클러스터 사이에서 트래픽을 나누고, 장애가 나면 다른 클러스터로 넘기는 전역 로드 밸런서입니다.',
  },
  k8sgpt: {
    from: '0874fae428dd',
    ko: 'Kubernetes 클러스터의 문제를 찾아 정리하는 진단 도구입니다. 찾은 문제를 LLM으로 풀어 설명하고 해결 방법을 제안할 수 있습니다.',
  },
  k8up: {
    from: 'e3b0c44298fc',
    ko: 'restic으로 Kubernetes의 영구 볼륨과 애플리케이션 데이터를 백업하고 복원하는 오퍼레이터입니다.',
  },
  kagent: {
    from: 'f64ceb3ef65b',
    ko: 'Kubernetes 안에서 AI 에이전트를 만들고 실행하는 프레임워크입니다. DevOps와 플랫폼 운영 작업을 자동화하는 데 씁니다.',
  },
  'kai-scheduler': {
    from: '2997a9c0d163',
    ko: '대규모 Kubernetes 클러스터에서 AI 워크로드에 GPU를 효율적으로 나눠 주는 스케줄러입니다. NVIDIA가 Run:ai의 스케줄러를 공개했습니다.',
  },
  kairos: {
    from: 'bce2f4f35d6f',
    ko: '엣지에서 Kubernetes를 돌리기 위한 변경 불가능한 Linux 메타 배포판입니다. 기존 배포판을 바탕으로 이미지 기반 OS를 만듭니다.',
  },
  kaito: {
    from: '7ad3ee01c11e',
    ko: 'Kubernetes에서 LLM 추론, 파인 튜닝, RAG 워크로드를 배포하고 필요한 GPU 노드 준비까지 자동화하는 오퍼레이터입니다.',
  },
  kanister: {
    from: 'f2fe87569f90',
    ko: '데이터베이스처럼 상태가 있는 애플리케이션의 백업과 복원 절차를 정의하고 실행하는 Kubernetes 데이터 관리 프레임워크입니다.',
  },
  karmada: {
    from: '01f2803c7787',
    ko: '여러 Kubernetes 클러스터와 클라우드에 걸쳐 애플리케이션을 배포하고 스케줄링하는 멀티 클러스터 오케스트레이션 시스템입니다.',
  },
  kbind: {
    from: '8d8cc8181cd6',
    ko: '서비스 제공자가 자기 API를 다른 Kubernetes 클러스터에 연결해 주고, 소비자 클러스터는 제공자의 컨트롤러 없이 그 API를 쓰게 하는 프로젝트입니다.',
  },
  kcl: {
    from: '45a133f7c74b',
    ko: '설정과 정책을 작성하기 위한 제약 기반 함수형 언어입니다. Kubernetes 매니페스트 같은 설정을 생성하고 검증하는 데 씁니다.',
  },
  kcp: {
    from: 'e3b0c44298fc',
    ko: 'Kubernetes와 같은 API를 제공하되 컨테이너는 실행하지 않는 수평 확장형 컨트롤 플레인입니다. 작업 공간(workspace)으로 테넌트를 나눕니다.',
  },
  keda: {
    from: 'e3b0c44298fc',
    ko: '큐 길이, 메트릭, 이벤트 수에 따라 Kubernetes 워크로드를 0개까지 줄이거나 늘리는 이벤트 기반 오토스케일러입니다.',
  },
  kepler: {
    from: 'cd35c03d5e74',
    ko: 'eBPF와 하드웨어 카운터로 컨테이너와 파드의 전력 사용량을 추정해 Prometheus 메트릭으로 내보내는 도구입니다.',
  },
  keptn: {
    from: 'fa78eeec3abe',
    ko: '애플리케이션 배포 전후의 검사, 관측, SLO 평가를 자동화하는 Kubernetes 배포 수명 주기 도구입니다.',
  },
  keycloak: {
    from: 'd9795700deb1',
    ko: 'OpenID Connect, OAuth 2.0, SAML을 지원하는 신원 및 접근 관리 서버입니다. 단일 로그인(SSO)과 외부 사용자 저장소 연동을 제공합니다.',
  },
  keylime: {
    from: '96abf1a29359',
    ko: 'TPM을 이용한 원격 증명으로 엣지, 클라우드, IoT 장치의 부팅과 실행 상태가 바뀌지 않았는지 계속 확인하는 도구입니다.',
  },
  kgateway: {
    from: '4b04be43e830',
    ko: 'Envoy를 데이터 플레인으로 쓰고 Kubernetes Gateway API를 구현하는 API 게이트웨이입니다. 예전 이름은 Gloo입니다.',
  },
  kitops: {
    from: 'e3f04155ae92',
    ko: 'AI/ML 모델, 데이터셋, 코드, 설정을 ModelKit이라는 OCI 아티팩트 하나로 묶어 레지스트리로 배포하는 도구입니다.',
  },
  kmesh: {
    from: '891bf8eddf90',
    ko: 'eBPF와 프로그래밍 가능한 커널로, 사이드카 없이 트래픽 관리, 보안, 관측 기능을 제공하는 서비스 메시 데이터 플레인입니다.',
  },
  knative: {
    from: '2d6000698f5f',
    ko: 'Kubernetes 위에서 요청에 따라 0까지 자동 확장하는 서버리스 워크로드(Serving)와 이벤트 전달(Eventing)을 제공하는 플랫폼입니다.',
  },
  ko: {
    from: 'bebc9aa497e2',
    ko: 'Dockerfile 없이 Go 애플리케이션을 빌드해 이미지로 만들고 레지스트리에 올리는 도구입니다.',
  },
  konveyor: {
    from: 'f0e7589a3513',
    ko: '기존 애플리케이션을 분석해 Kubernetes로 옮기고 현대화하는 작업을 돕는 도구 모음입니다.',
  },
  koordinator: {
    from: 'aee41d22f6f8',
    ko: '서비스 품질(QoS)을 기준으로 온라인 서비스와 배치 작업을 한 Kubernetes 클러스터에 함께 배치하는 스케줄링 시스템입니다.',
  },
  kpt: {
    from: '93fe6ec89999',
    ko: 'Kubernetes 설정을 패키지로 가져와 함수로 편집하고 검증하는 도구입니다. 설정을 코드가 아닌 데이터로 다룹니다.',
  },
  krator: {
    from: 'e3b0c44298fc',
    ko: '상태 기계 방식으로 Kubernetes 오퍼레이터를 작성하는 Rust 라이브러리입니다. Krustlet 프로젝트에서 나왔습니다.',
  },
  krkn: {
    from: '75ab65f89971',
    ko: 'Kubernetes 클러스터에 장애를 일으켜 병목을 찾고, 장애 상황에서의 복원력과 성능을 확인하는 카오스 테스트 도구입니다.',
  },
  krustlet: {
    from: 'e3b0c44298fc',
    ko: 'Kubernetes 노드에서 컨테이너 대신 WebAssembly 모듈을 실행하는, Rust로 작성한 kubelet입니다.',
  },
  kserve: {
    from: 'dc065a0520b9',
    ko: 'Kubernetes에서 예측 모델과 생성형 AI 모델을 배포하고 추론 요청을 처리하는 모델 서빙 플랫폼입니다. 여러 ML 프레임워크를 지원합니다.',
  },
  kuadrant: {
    from: 'eede4b2b3fa9',
    ko: 'Gateway API 기반 게이트웨이에 TLS, DNS, 인증과 권한 부여, 요청 수 제한 정책을 붙여 여러 클러스터의 서비스를 보호하는 프로젝트입니다.',
  },
  kuasar: {
    from: '7f5ab607b5fe',
    ko: '마이크로 VM, 애플리케이션 커널, WebAssembly, runc 같은 여러 종류의 샌드박스를 한 런타임에서 지원하는 컨테이너 런타임입니다.',
  },
  'kube-burner': {
    from: 'bba3ab219f4e',
    ko: 'Kubernetes 클러스터에 대량의 오브젝트를 만들고 지워 성능과 규모 한계를 측정하는 테스트 도구입니다. Go로 작성했습니다.',
  },
  'kube-ovn': {
    from: '84bc5a91016a',
    ko: 'OVN과 Open vSwitch를 바탕으로 서브넷, 고정 IP, QoS 같은 기능을 제공하는 Kubernetes 네트워크(CNI) 플러그인입니다.',
  },
  'kube-rs': {
    from: '846919bf700a',
    ko: 'Kubernetes API 클라이언트와 컨트롤러 런타임을 제공하는 Rust 라이브러리입니다. Rust로 오퍼레이터를 만들 때 씁니다.',
  },
  'kube-vip': {
    from: 'ae135d751b75',
    ko: 'Kubernetes 컨트롤 플레인과 LoadBalancer 서비스에 가상 IP를 붙여 고가용성과 부하 분산을 제공하는 도구입니다.',
  },
  kubean: {
    from: '83bdd640a99a',
    ko: 'kubespray를 바탕으로 Kubernetes 클러스터의 설치, 업그레이드, 노드 추가 같은 수명 주기 작업을 오퍼레이터로 자동화하는 도구입니다.',
  },
  kubearmor: {
    from: '62bd0b402173',
    ko: 'AppArmor, SELinux, BPF-LSM으로 컨테이너와 노드의 프로세스, 파일, 네트워크 동작을 정책대로 제한하는 런타임 보안 도구입니다.',
  },
  kubeclipper: {
    from: '4b6fc2680502',
    ko: '웹 콘솔과 API로 Kubernetes 클러스터를 설치하고 업그레이드하며 관리하는 kubeadm 기반 도구입니다.',
  },
  kubedl: {
    from: 'e3b0c44298fc',
    ko: 'TensorFlow, PyTorch 같은 분산 학습 작업과 모델 서빙을 Kubernetes에서 실행하고 관리하는 프로젝트입니다. Alibaba에서 시작했습니다.',
  },
  kubeedge: {
    from: 'e3b0c44298fc',
    ko: 'Kubernetes의 애플리케이션 관리와 장치 관리를 엣지 노드까지 넓혀, 클라우드와 연결이 끊겨도 엣지가 동작하게 하는 플랫폼입니다.',
  },
  kubeelasti: {
    from: 'c51b32983578',
    ko: '요청이 없으면 워크로드를 0개로 줄였다가, 요청이 오면 프록시에 잡아 둔 채 다시 늘려 요청을 잃지 않는 Kubernetes 자동 확장 도구입니다.',
  },
  kubefleet: {
    from: 'be3dae09344b',
    ko: '여러 Kubernetes 클러스터를 하나의 플릿으로 묶어 애플리케이션을 배치하고 관리하는 멀티 클러스터 도구입니다.',
  },
  kubeflow: {
    from: '1dd023e8d1fd',
    ko: 'Kubernetes에서 머신러닝 모델의 학습, 파이프라인, 서빙을 실행하는 AI 플랫폼 도구 모음입니다.',
  },
  kuberhealthy: {
    from: 'bdc797c7a1fd',
    ko: '검사용 파드를 주기적으로 실행해 클러스터가 제대로 동작하는지 확인하고, 결과를 Prometheus 메트릭으로 내보내는 오퍼레이터입니다.',
  },
  kubernetes: {
    from: '60163653754a',
    ko: '컨테이너화된 애플리케이션의 배포, 확장, 관리를 자동화하는 컨테이너 오케스트레이션 시스템입니다. CNCF의 첫 프로젝트입니다.',
  },
  kubescape: {
    from: 'f880d5422763',
    ko: '클러스터, 매니페스트, Helm 차트, 이미지를 검사해 NSA-CISA, CIS 같은 기준에 어긋난 설정과 취약점을 찾는 보안 도구입니다.',
  },
  kubeslice: {
    from: '816de109878f',
    ko: '여러 Kubernetes 클러스터에 걸친 슬라이스라는 가상 네트워크로 애플리케이션을 묶어, 클러스터 사이의 통신과 테넌트 격리를 제공합니다.',
  },
  kubestellar: {
    from: 'bee5300a07ab',
    ko: '엣지, 멀티 클라우드, 하이브리드 클라우드의 여러 Kubernetes 클러스터에 워크로드와 설정을 배치하는 멀티 클러스터 구성 관리 도구입니다.',
  },
  kubevela: {
    from: 'e3b0c44298fc',
    ko: 'OAM(Open Application Model)을 바탕으로 애플리케이션을 정의하고 여러 환경에 배포하는 애플리케이션 배포 플랫폼입니다.',
  },
  kubevirt: {
    from: 'a8a22c577c50',
    ko: 'Kubernetes에서 가상머신을 파드처럼 정의하고 실행하게 하는 가상화 API와 런타임입니다. 컨테이너와 가상머신을 함께 운영할 때 씁니다.',
  },
  kubewarden: {
    from: '4e8815834ad4',
    ko: 'WebAssembly로 컴파일한 정책으로 Kubernetes 요청을 검사하는 정책 엔진입니다. Rego, CEL, Rust, Go 등으로 정책을 작성합니다.',
  },
  kudo: {
    from: '43c518e86a35',
    ko: '선언적으로 작성한 단계와 계획으로 Kubernetes 오퍼레이터를 코드 없이 만드는 도구입니다.',
  },
  kuma: {
    from: '6ee164b96b6b',
    ko: 'Envoy 기반 서비스 메시입니다. Kubernetes와 가상머신에 걸쳐 여러 영역의 서비스를 연결하고 정책을 적용합니다.',
  },
  kured: {
    from: '83cc71bbaee3',
    ko: 'OS 패키지 관리자가 재부팅이 필요하다고 표시하면 노드를 하나씩 비우고 안전하게 재부팅하는 Kubernetes 데몬셋입니다.',
  },
  kusionstack: {
    from: '285382f0cca9',
    ko: '개발자가 의도를 선언하면 플랫폼 팀이 정한 방식대로 인프라와 애플리케이션 리소스를 만드는, 내부 개발자 플랫폼용 오케스트레이터입니다.',
  },
  kyverno: {
    from: 'e3b0c44298fc',
    ko: 'YAML로 작성한 정책으로 Kubernetes 리소스를 검증하고 변경하고 생성하는 정책 엔진입니다. 이미지 서명 검증도 할 수 있습니다.',
  },
  lima: {
    from: 'c56a5184a5c4',
    ko: 'macOS 등에서 Linux 가상머신을 띄워 containerd와 nerdctl로 컨테이너를 쓰게 하는 도구입니다.',
  },
  linkerd: {
    from: 'a80e217763ae',
    ko: 'Rust로 작성한 가벼운 사이드카 프록시로 Kubernetes 서비스에 mTLS, 관찰 가능성, 재시도 같은 신뢰성 기능을 더하는 서비스 메시입니다.',
  },
  litmus: {
    from: 'e3b0c44298fc',
    ko: 'Kubernetes와 클라우드 인프라에 장애 실험을 정의하고 실행하며 그 결과를 관찰하는 카오스 엔지니어링 플랫폼입니다.',
  },
  'llm-d': {
    from: '711245f5463b',
    ko: 'vLLM과 Gateway API 추론 확장을 바탕으로 LLM 추론을 여러 노드에 분산하는 Kubernetes 네이티브 프레임워크입니다. 캐시를 고려한 라우팅과 자동 확장을 제공합니다.',
  },
  'logging-operator-kube-logging': {
    from: '230b7503f40e',
    ko: 'Kubernetes에 Fluent Bit과 Fluentd 같은 로그 수집기를 배포하고, 로그를 모으고 보내는 규칙을 리소스로 관리하는 오퍼레이터입니다.',
  },
  longhorn: {
    from: 'a7ff591c590c',
    ko: 'Kubernetes 노드의 디스크로 복제된 블록 스토리지 볼륨을 만드는 분산 스토리지입니다. 스냅샷과 외부 백업을 지원합니다.',
  },
  loxilb: {
    from: '9c90d1b760ee',
    ko: 'eBPF로 만든 로드 밸런서입니다. Kubernetes 서비스와 엣지, 5G 환경에서 L4와 L7 부하 분산을 제공합니다.',
  },
  merbridge: {
    from: '8024700a860d',
    ko: '서비스 메시의 사이드카로 가는 트래픽을 iptables 대신 eBPF로 바로 전달해 지연을 줄이는 도구입니다.',
  },
  meshery: {
    from: 'e3b0c44298fc',
    ko: 'Kubernetes와 서비스 메시 같은 클라우드 네이티브 인프라를 시각적으로 설계하고 배포하며 관리하는 관리 플레인입니다.',
  },
  'metal3-io': {
    from: 'e3b0c44298fc',
    ko: 'Kubernetes API로 베어메탈 서버를 프로비저닝하고 관리하는 프로젝트입니다. Ironic을 쓰며 Cluster API의 인프라 공급자로도 동작합니다.',
  },
  metallb: {
    from: 'f62586fac838',
    ko: 'BGP나 ARP 같은 표준 라우팅 프로토콜로 베어메탈 Kubernetes 클러스터에 LoadBalancer 서비스를 제공하는 구현체입니다.',
  },
  microcks: {
    from: 'e3b0c44298fc',
    ko: 'OpenAPI, AsyncAPI, gRPC, GraphQL 명세로 API 모의(mock) 서버를 만들고 계약 테스트를 실행하는 도구입니다.',
  },
  modelpack: {
    from: '62d4292008c7',
    ko: 'AI 모델과 관련 파일을 OCI 아티팩트로 묶어 배포하고 실행하기 위한 개방형 명세입니다.',
  },
  nats: {
    from: '5af4eb246ead',
    ko: '발행/구독, 요청/응답, 스트림 저장(JetStream)을 제공하는 메시징 시스템입니다. 엣지부터 클라우드까지 서비스와 장치를 연결합니다.',
  },
  'network-service-mesh': {
    from: '02dbd88f144a',
    ko: '여러 클러스터와 클라우드에 걸쳐 워크로드를 L3 네트워크 서비스에 연결하는, 하이브리드와 멀티 클라우드용 IP 서비스 메시입니다.',
  },
  nmstate: {
    from: '08cb5874ffea',
    ko: '호스트의 네트워크 설정을 선언적으로 관리하는 라이브러리와 CLI입니다. Kubernetes에서는 노드의 네트워크를 API로 설정하게 합니다.',
  },
  nocalhost: {
    from: 'e3b0c44298fc',
    ko: 'IDE 플러그인으로 Kubernetes 클러스터 안에서 바로 코드를 고치고 실행하게 하는 클라우드 네이티브 개발 환경 도구입니다.',
  },
  'notary-project': {
    from: 'e3b0c44298fc',
    ko: '이미지 같은 OCI 아티팩트에 서명하고 그 서명을 검증하는 명세와 도구(Notation)입니다. 소프트웨어 공급망 보안에 씁니다.',
  },
  'oauth2-proxy': {
    from: '916c4e856abb',
    ko: 'Google, Azure, OpenID Connect 같은 신원 제공자로 로그인하게 한 뒤 요청을 뒤쪽 애플리케이션에 넘기는 인증용 리버스 프록시입니다.',
  },
  'open-cluster-management': {
    from: '845885c34528',
    ko: '허브와 스포크 구조로 여러 Kubernetes 클러스터를 등록하고 워크로드와 정책을 배포하는 멀티 클러스터 관리 프로젝트입니다.',
  },
  'open-policy-agent-opa': {
    from: 'e3b0c44298fc',
    ko: 'Rego 언어로 작성한 정책을 평가하는 범용 정책 엔진입니다. Kubernetes 어드미션 제어, API 권한 부여 같은 곳에서 씁니다.',
  },
  'open-policy-containers': {
    from: '39efb5b73355',
    ko: 'OPA 정책을 OCI 이미지로 빌드하고 태그를 붙여 레지스트리에 올리고 내려받고 서명하는, Docker와 비슷한 CLI입니다.',
  },
  'open-service-mesh': {
    from: 'e3b0c44298fc',
    ko: 'SMI 명세를 구현하고 Envoy를 사이드카로 쓰는 가벼운 Kubernetes 서비스 메시입니다.',
  },
  openchoreo: {
    from: 'c098d11653c7',
    ko: 'Backstage 기반 포털, CI/CD, GitOps, 관측 기능을 갖추고 Kubernetes 위에 더 높은 수준의 추상화를 제공하는 개발자 플랫폼입니다.',
  },
  opencost: {
    from: '3905eda9b7af',
    ko: 'Kubernetes 워크로드가 쓴 자원과 비용을 네임스페이스, 파드 단위로 나눠 보여 주는 비용 모니터링 도구이자 명세입니다.',
  },
  openebs: {
    from: 'e3b0c44298fc',
    ko: '노드의 로컬 디스크나 복제된 볼륨을 Kubernetes 영구 볼륨으로 제공하는 컨테이너 기반 스토리지입니다.',
  },
  openelb: {
    from: 'e3b0c44298fc',
    ko: 'BGP나 ARP/NDP로 베어메탈 Kubernetes 클러스터에 LoadBalancer 서비스를 제공하는 로드 밸런서입니다. 예전 이름은 PorterLB입니다.',
  },
  openeverest: {
    from: '10ee758ccac1',
    ko: 'MySQL, PostgreSQL, MongoDB 같은 데이터베이스를 Kubernetes 위에서 프로비저닝하고 관리하는 플랫폼입니다.',
  },
  openfeature: {
    from: '3a47514c688f',
    ko: '여러 기능 플래그 서비스를 같은 방식으로 쓰게 하는 벤더 중립 API 명세와 SDK입니다.',
  },
  openfga: {
    from: '1318e739fba7',
    ko: 'Google Zanzibar에서 착안한 관계 기반 접근 제어(ReBAC)로 애플리케이션의 세밀한 권한을 판단하는 권한 부여 서버입니다.',
  },
  openfunction: {
    from: 'e3b0c44298fc',
    ko: 'Knative, KEDA, Dapr를 바탕으로 함수를 빌드하고 실행하는 Kubernetes 함수 서비스(FaaS) 플랫폼입니다.',
  },
  opengemini: {
    from: '147e589a95c9',
    ko: '대량의 관측 데이터를 저장하고 분석하는 분산 시계열 데이터베이스입니다. InfluxDB와 호환되는 쿼리와 쓰기를 지원합니다.',
  },
  opengitops: {
    from: '649f5c3bfc44',
    ko: 'GitOps의 원칙과 용어를 정의하고 모범 사례를 알리는 벤더 중립 표준화 프로젝트입니다.',
  },
  openkruise: {
    from: 'e3b0c44298fc',
    ko: '인플레이스 업데이트, 사이드카 관리 같은 배포 기능을 담은 워크로드 리소스로 Kubernetes를 확장하는 프로젝트입니다.',
  },
  openmetrics: {
    from: 'e3b0c44298fc',
    ko: 'Prometheus의 노출 형식을 바탕으로 메트릭을 전달하는 표준 텍스트 형식을 정한 명세입니다.',
  },
  opentelemetry: {
    from: 'bdb3f94ed446',
    ko: '트레이스, 메트릭, 로그를 만들고 수집하고 내보내는 API, SDK, 수집기(Collector)와 그 명세입니다.',
  },
  opentofu: {
    from: '8af03bb480be',
    ko: 'Terraform에서 갈라져 나온 코드형 인프라(IaC) 도구입니다. HCL로 클라우드와 온프레미스 인프라를 선언하고 프로비저닝합니다.',
  },
  opentracing: {
    from: 'e3b0c44298fc',
    ko: '분산 트레이싱을 위한 벤더 중립 API입니다. OpenCensus와 합쳐져 OpenTelemetry가 되었습니다.',
  },
  openyurt: {
    from: 'a771173e865e',
    ko: 'Kubernetes를 고치지 않고 엣지까지 넓혀, 클라우드의 컨트롤 플레인이 엣지 노드를 관리하게 하는 플랫폼입니다.',
  },
  'operator-framework': {
    from: 'e3b0c44298fc',
    ko: 'Kubernetes 오퍼레이터를 만드는 Operator SDK와 그 설치와 업그레이드를 관리하는 OLM으로 이루어진 도구 모음입니다.',
  },
  oras: {
    from: '41e542a3249e',
    ko: '이미지가 아닌 파일도 OCI 아티팩트로 레지스트리에 올리고 내려받게 하는 CLI와 여러 언어의 SDK입니다.',
  },
  'oscal-compass': {
    from: 'c164db94cc30',
    ko: 'NIST의 OSCAL 형식으로 규정 준수 문서를 만들고 검증하고 관리하는 도구 모음입니다.',
  },
  'ovn-kubernetes': {
    from: '4d5bef59afe9',
    ko: 'OVN(Open Virtual Network)으로 파드 네트워크, 서비스, 네트워크 정책을 구현하는 Kubernetes 네트워크(CNI) 플러그인입니다.',
  },
  oxia: {
    from: 'c3390fb8e81b',
    ko: '대규모 분산 시스템에 메타데이터 저장과 코디네이션을 제공하는 저장소입니다. ZooKeeper나 etcd가 맡던 일을 수평으로 확장해 처리합니다.',
  },
  paralus: {
    from: '8c7937aeed93',
    ko: '제로 트러스트 원칙에 따라 Kubernetes 클러스터 접근을 통제하고 감사 기록을 남기는 도구입니다.',
  },
  parsec: {
    from: '1690d82dec05',
    ko: 'TPM, HSM 같은 하드웨어 보안 장치를 공통 API 뒤에 두어, 애플리케이션이 플랫폼과 상관없이 암호 기능을 쓰게 하는 서비스입니다.',
  },
  perses: {
    from: '556d90e60736',
    ko: 'Prometheus, Thanos, Jaeger 등의 관측 데이터를 보여 주는 대시보드 도구입니다. 대시보드를 코드로 관리할 수 있습니다.',
  },
  pipecd: {
    from: '0560f0038e85',
    ko: 'Kubernetes, 서버리스, 가상머신 등 여러 플랫폼에 같은 방식으로 배포하는 GitOps 방식의 지속적 배포 플랫폼입니다.',
  },
  'piraeus-datastore': {
    from: '3d4849e68f94',
    ko: 'LINSTOR와 DRBD로 복제된 블록 볼륨을 Kubernetes에 제공하는 스토리지 오퍼레이터입니다.',
  },
  pixie: {
    from: '16f53160e341',
    ko: 'eBPF로 애플리케이션 코드를 고치지 않고 요청, 메트릭, 프로필을 자동으로 수집하는 Kubernetes 관측 도구입니다.',
  },
  'podman-container-tools': {
    from: '85f6465898e5',
    ko: 'Podman, Buildah, Skopeo처럼 데몬이나 root 권한 없이 컨테이너와 이미지를 다루는 도구 모음입니다.',
  },
  'podman-desktop': {
    from: 'ed6310ffbfcf',
    ko: '데스크톱에서 컨테이너와 Kubernetes를 그래픽 화면으로 빌드하고 실행하며 관리하는 도구입니다.',
  },
  porter: {
    from: 'd7641d014394',
    ko: '애플리케이션, 도구, 설정, 배포 절차를 버전이 있는 번들로 묶어 명령 하나로 설치하게 하는 도구입니다. CNAB 명세를 구현합니다.',
  },
  pravega: {
    from: 'e3b0c44298fc',
    ko: '이벤트 스트림을 저장하고, 같은 데이터를 실시간 분석과 과거 데이터 분석 양쪽에 제공하는 스트리밍 스토리지 시스템입니다.',
  },
  prometheus: {
    from: 'e3b0c44298fc',
    ko: '대상에서 메트릭을 주기적으로 수집해 시계열로 저장하고, PromQL로 조회하고 알림을 보내는 모니터링 시스템입니다.',
  },
  radius: {
    from: '8aa6eba12a55',
    ko: '애플리케이션과 그 의존 리소스를 함께 정의하고, 플랫폼 팀이 만든 레시피로 클라우드와 Kubernetes에 배포하는 애플리케이션 플랫폼입니다.',
  },
  ratify: {
    from: '5d8ebaca287e',
    ko: '이미지의 서명, SBOM 같은 보안 메타데이터를 검증해, 정책을 만족하는 아티팩트만 Kubernetes에 배포되게 하는 검증 엔진입니다.',
  },
  rkt: {
    from: 'e3b0c44298fc',
    ko: 'CoreOS가 만든 컨테이너 엔진입니다. 데몬 없이 파드 단위로 컨테이너를 실행했고 지금은 개발이 끝났습니다.',
  },
  rook: {
    from: 'e3b0c44298fc',
    ko: 'Ceph 같은 분산 스토리지를 Kubernetes에서 배포하고 운영하는 스토리지 오퍼레이터입니다.',
  },
  'runme-notebooks': {
    from: '35e6a8dd8b81',
    ko: 'Markdown 문서에 적힌 명령을 노트북처럼 바로 실행하게 하는 도구입니다. 운영 절차서(런북)를 실행 가능한 문서로 만듭니다.',
  },
  schemahero: {
    from: 'e3b0c44298fc',
    ko: '데이터베이스 테이블 스키마를 Kubernetes 리소스로 선언하면 필요한 마이그레이션을 만들어 적용하는 오퍼레이터입니다.',
  },
  score: {
    from: 'f348923a4001',
    ko: '워크로드가 필요로 하는 것을 플랫폼과 상관없이 기술하는 워크로드 명세입니다. Docker Compose나 Kubernetes 설정으로 변환해 씁니다.',
  },
  sealer: {
    from: 'e3b0c44298fc',
    ko: 'Kubernetes 클러스터와 그 위의 애플리케이션 전체를 클러스터 이미지 하나로 빌드하고 공유하고 실행하는 도구입니다.',
  },
  sermant: {
    from: '9631b6f3cb48',
    ko: 'Java 에이전트로 애플리케이션에 트래픽 관리와 서비스 거버넌스를 더하는, 프록시 없는 서비스 메시입니다.',
  },
  'serverless-devs': {
    from: '4bd7ecf4a399',
    ko: '여러 클라우드의 서버리스 애플리케이션을 만들고 배포하고 디버깅하는 개발자 도구입니다. Alibaba Cloud에서 시작했습니다.',
  },
  'serverless-workflow': {
    from: 'ae7f39f490b2',
    ko: '서비스 호출과 이벤트를 잇는 워크플로를 정의하는 벤더 중립 DSL과 그 개발 도구, 런타임입니다. 서버리스 환경을 염두에 두고 만들었습니다.',
  },
  'service-mesh-interface-smi': {
    from: 'e3b0c44298fc',
    ko: '여러 서비스 메시 구현이 함께 따를 Kubernetes API(트래픽 정책, 관측, 트래픽 분할)를 정의한 명세입니다.',
  },
  'service-mesh-performance': {
    from: 'e3b0c44298fc',
    ko: '서비스 메시의 성능 측정 결과와 측정 환경을 같은 형식으로 기록하고 비교하기 위한 명세입니다.',
  },
  shipwright: {
    from: 'e3b0c44298fc',
    ko: 'Buildah, Kaniko, Buildpacks 같은 빌드 전략으로 Kubernetes 안에서 소스 코드를 이미지로 빌드하는 프레임워크입니다.',
  },
  skooner: {
    from: 'e3b0c44298fc',
    ko: '웹 브라우저에서 Kubernetes 클러스터의 상태를 실시간으로 보고 관리하는 대시보드입니다. 예전 이름은 k8dash입니다.',
  },
  slimfaas: {
    from: 'ef733239b96b',
    ko: '쓰지 않는 함수를 0개까지 줄였다가 요청이 오면 깨우는, Kubernetes용 가벼운 FaaS(Function as a Service) 플랫폼입니다.',
  },
  slimtoolkit: {
    from: '4881da087c4e',
    ko: '이미지를 분석해 실제로 쓰는 파일만 남겨 크기와 공격 표면을 줄이는 도구입니다. 예전 이름은 DockerSlim입니다.',
  },
  sops: {
    from: '47b67878eed8',
    ko: 'YAML, JSON, ENV, INI 파일의 값을 AWS KMS, GCP KMS, age, PGP 등으로 암호화해 저장소에 둘 수 있게 하는 편집기입니다.',
  },
  spiderpool: {
    from: '8934f8c37da7',
    ko: '베어메탈, 가상머신, 퍼블릭 클라우드에서 파드에 underlay 네트워크와 RDMA를 제공하는 Kubernetes 네트워크 솔루션입니다. IP 주소 관리도 맡습니다.',
  },
  spiffe: {
    from: 'e3b0c44298fc',
    ko: '이기종 환경의 워크로드에 암호학적으로 검증할 수 있는 신원(SVID)을 부여하는 방법을 정한 표준입니다.',
  },
  spin: {
    from: '195b9eceec4a',
    ko: 'WebAssembly로 서버리스 애플리케이션을 만들고 실행하는 프레임워크입니다. 여러 언어로 작성한 컴포넌트를 이벤트에 따라 실행합니다.',
  },
  spinkube: {
    from: '6de197b91600',
    ko: 'Spin으로 만든 WebAssembly 애플리케이션을 컨테이너 없이 Kubernetes에서 실행하는 플랫폼입니다. containerd shim과 오퍼레이터로 이루어집니다.',
  },
  spire: {
    from: 'e3b0c44298fc',
    ko: 'SPIFFE 명세를 구현해 노드와 워크로드를 증명하고 신원 문서(SVID)를 발급하고 갱신하는 런타임입니다.',
  },
  stacker: {
    from: '9e9c92709853',
    ko: '선언적 YAML 파일로 OCI 이미지와 SBOM 같은 관련 아티팩트를 빌드하는 도구입니다. Dockerfile 대신 씁니다.',
  },
  strimzi: {
    from: 'e3b0c44298fc',
    ko: 'Kubernetes에서 Apache Kafka 클러스터와 토픽, 사용자를 배포하고 운영하는 오퍼레이터입니다.',
  },
  submariner: {
    from: 'f10dd23779d6',
    ko: '온프레미스와 클라우드에 있는 여러 Kubernetes 클러스터의 파드와 서비스를 직접 연결하는 네트워킹 도구입니다.',
  },
  superedge: {
    from: '0eeb4517b229',
    ko: '엣지 컴퓨팅을 위한 Kubernetes 기반 컨테이너 관리 시스템입니다. 클라우드와 연결이 끊겨도 엣지 노드가 자율적으로 동작하게 합니다.',
  },
  tekton: {
    from: '77eeb0abce35',
    ko: '파이프라인과 태스크를 Kubernetes 리소스로 정의해 빌드, 테스트, 배포를 실행하는 CI/CD 프레임워크입니다.',
  },
  telepresence: {
    from: '6390cf64e7c3',
    ko: '로컬 컴퓨터의 프로세스를 원격 Kubernetes 클러스터에 연결해, 클러스터 안의 서비스처럼 개발하고 디버깅하게 하는 도구입니다.',
  },
  teller: {
    from: 'e3b0c44298fc',
    ko: 'Vault, AWS, GCP 같은 여러 시크릿 저장소의 값을 가져와 개발 환경과 프로세스에 넣어 주는 시크릿 관리 CLI입니다.',
  },
  thanos: {
    from: 'e3b0c44298fc',
    ko: '여러 Prometheus 서버의 메트릭을 한곳에서 조회하고 객체 스토리지에 오래 보관하게 하는 고가용성 메트릭 시스템입니다.',
  },
  'the-update-framework-tuf': {
    from: 'e3b0c44298fc',
    ko: '저장소가 뚫리거나 서명 키가 유출되어도 소프트웨어 업데이트를 안전하게 유지하도록 서명과 메타데이터 구조를 설계한 프레임워크입니다.',
  },
  tikv: {
    from: 'e72620bc7399',
    ko: 'Raft로 복제하고 트랜잭션을 지원하는 분산 키-값 데이터베이스입니다. TiDB의 저장 계층으로 쓰입니다.',
  },
  tinkerbell: {
    from: 'e3b0c44298fc',
    ko: '네트워크 부팅과 워크플로로 베어메탈 서버에 운영체제를 설치하고 준비하는 프로비저닝 엔진입니다.',
  },
  tokenetes: {
    from: '7ec9fc945eac',
    ko: '마이크로서비스 호출 체인에 트랜잭션 토큰을 붙여, 호출마다 바뀌지 않는 신원과 맥락을 전달하는 Kubernetes 네이티브 프레임워크입니다.',
  },
  tremor: {
    from: '538d1db12a99',
    ko: '형식이 정해지지 않은 이벤트 데이터를 패턴 매칭으로 거르고 바꾸고 전달하는 이벤트 처리 시스템입니다.',
  },
  trickster: {
    from: '2089f476c9fb',
    ko: '시계열 데이터베이스 앞에 두는 HTTP 리버스 프록시 캐시입니다. 대시보드 쿼리 결과를 캐시해 응답을 빠르게 합니다.',
  },
  urunc: {
    from: 'c78129bfd1ed',
    ko: '유니커널과 애플리케이션 커널을 컨테이너처럼 실행하는 CRI 호환 컨테이너 런타임입니다. 유니커널을 OCI 이미지로 배포합니다.',
  },
  velero: {
    from: 'e3b0c44298fc',
    ko: 'Kubernetes 클러스터의 리소스와 영구 볼륨을 백업하고 복원하거나 다른 클러스터로 옮기는 도구입니다.',
  },
  vineyard: {
    from: '9395401728c0',
    ko: '빅데이터와 AI 작업 사이에서 중간 데이터를 복사 없이 공유하는, 메모리 기반의 변경 불가능한 데이터 관리자입니다.',
  },
  'virtual-kubelet': {
    from: 'e3b0c44298fc',
    ko: 'kubelet처럼 동작하면서 파드를 서버리스 컨테이너 서비스 같은 외부 플랫폼에서 실행하게 하는 Kubernetes 노드 구현체입니다.',
  },
  'visual-studio-code-kubernetes-tools': {
    from: '51906179fc28',
    ko: 'Visual Studio Code에서 Kubernetes 매니페스트를 작성하고 클러스터의 리소스를 살펴보며 애플리케이션을 디버깅하게 하는 확장입니다.',
  },
  vitess: {
    from: '18fa41fcd470',
    ko: 'MySQL을 샤딩해 수평으로 확장하는 데이터베이스 클러스터링 시스템입니다. YouTube에서 시작했습니다.',
  },
  volcano: {
    from: 'e3b0c44298fc',
    ko: 'AI, 빅데이터, HPC 작업을 위한 Kubernetes 배치 스케줄러입니다. 갱 스케줄링과 큐 기반 자원 공유를 제공합니다.',
  },
  wasmcloud: {
    from: 'e3b0c44298fc',
    ko: 'WebAssembly 컴포넌트로 만든 애플리케이션을 클라우드, 엣지, Kubernetes에 걸쳐 배포하고 실행하는 플랫폼입니다.',
  },
  'wasmedge-runtime': {
    from: 'c475f9e17720',
    ko: '클라우드 네이티브, 엣지, 임베디드 환경을 위한 가벼운 WebAssembly 런타임입니다. 서버리스 함수와 마이크로서비스 실행에 씁니다.',
  },
  werf: {
    from: 'b3581d8751f0',
    ko: 'Git, Buildah, Helm 등을 묶어 이미지 빌드부터 Kubernetes 배포까지 CI/CD 과정을 한 도구로 처리하는 배포 도구입니다.',
  },
  xline: {
    from: 'bcd4de725a84',
    ko: 'etcd와 호환되는 API를 제공하는 지역 분산 메타데이터 관리 시스템입니다. 지역 간 지연을 줄이는 CURP 합의 프로토콜을 씁니다.',
  },
  xregistry: {
    from: '77028479dd33',
    ko: '리소스의 메타데이터를 관리하는 추상 모델과, 그 리소스를 찾고 만들고 고치고 지우는 REST 인터페이스를 정한 명세입니다.',
  },
  youki: {
    from: 'e3b0c44298fc',
    ko: 'Rust로 작성한 OCI 런타임 명세 구현체입니다. runc처럼 저수준 런타임으로서 컨테이너를 만들고 실행합니다.',
  },
  zot: {
    from: '5e26328323ec',
    ko: 'OCI 이미지와 아티팩트만을 위해 만든 가벼운 레지스트리입니다. OCI 배포 명세를 따르며 바이너리 하나로 실행합니다.',
  },
} satisfies KoreanDescriptions;

export default descriptions;
