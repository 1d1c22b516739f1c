/**
 * The shape of the CNCF project data and the Korean names the site shows for
 * it. The data itself is generated into projects.ts by scripts/import-cncf.ts.
 */

export const MATURITIES = ['sandbox', 'incubating', 'graduated', 'archived'] as const;
export type Maturity = (typeof MATURITIES)[number];

/** The dates the landscape records for a project, in the order a project reaches them. */
export const DATE_FIELDS = ['accepted', 'incubating', 'graduated', 'archived'] as const;
export type DateField = (typeof DATE_FIELDS)[number];

/** A calendar date written `YYYY-MM-DD`, as the landscape writes it. */
export type IsoDate = string;

export type Label = {readonly ko: string; readonly en: string};

export const maturityLabels: Readonly<Record<Maturity, Label>> = {
  sandbox: {ko: '샌드박스', en: 'Sandbox'},
  incubating: {ko: '인큐베이팅', en: 'Incubating'},
  graduated: {ko: '졸업', en: 'Graduated'},
  archived: {ko: '보관', en: 'Archived'},
};

export const dateLabels: Readonly<Record<DateField, Label>> = {
  accepted: {ko: '합류', en: 'Accepted'},
  incubating: {ko: '인큐베이팅', en: 'Incubating'},
  graduated: {ko: '졸업', en: 'Graduated'},
  archived: {ko: '보관', en: 'Archived'},
};

/**
 * Korean names of the landscape categories that hold a CNCF project. The
 * import fails on a category missing here, so a new one gets a name in review.
 */
export const categoryLabels = {
  Provisioning: '프로비저닝',
  Runtime: '런타임',
  'Orchestration & Management': '오케스트레이션과 관리',
  'App Definition and Development': '앱 정의와 개발',
  Platform: '플랫폼',
  Serverless: '서버리스',
  'Observability and Analysis': '관찰 가능성과 분석',
  Wasm: '웹어셈블리',
  Inference: '추론',
} as const;
export type Category = keyof typeof categoryLabels;

/** Korean names of the subcategories; a name means the same in every category it appears in. */
export const subcategoryLabels = {
  'Automation & Configuration': '자동화와 구성',
  'Container Registry': '컨테이너 레지스트리',
  'Security & Compliance': '보안과 규정 준수',
  'Key Management': '키 관리',
  'Cloud Native Storage': '클라우드 네이티브 스토리지',
  'Container Runtime': '컨테이너 런타임',
  'Cloud Native Network': '클라우드 네이티브 네트워크',
  'Scheduling & Orchestration': '스케줄링과 오케스트레이션',
  'Coordination & Service Discovery': '코디네이션과 서비스 디스커버리',
  'Remote Procedure Call': '원격 프로시저 호출',
  'Service Proxy': '서비스 프록시',
  'API Gateway': 'API 게이트웨이',
  'Service Mesh': '서비스 메시',
  Database: '데이터베이스',
  'Streaming & Messaging': '스트리밍과 메시징',
  'Application Definition & Image Build': '애플리케이션 정의와 이미지 빌드',
  'Continuous Integration & Delivery': '지속적 통합과 배포',
  'Certified Kubernetes - Distribution': '인증된 Kubernetes 배포판',
  'Certified Kubernetes - Installer': '인증된 Kubernetes 설치 도구',
  'Installable Platform': '설치형 플랫폼',
  'Feature Flagging': '기능 플래그',
  'Chaos Engineering': '카오스 엔지니어링',
  'Continuous Optimization': '지속적 최적화',
  Observability: '관찰 가능성',
  'Application Frameworks': '애플리케이션 프레임워크',
  'Orchestration & Management': '오케스트레이션과 관리',
  Framework: '프레임워크',
} as const;
export type Subcategory = keyof typeof subcategoryLabels;

export type CncfProject = {
  /** Lower-case, hyphenated, unique: the id pages and the URL query use. */
  readonly slug: string;
  readonly name: string;
  readonly maturity: Maturity;
  readonly category: Category;
  readonly subcategory: Subcategory;
  readonly homepageUrl: string;
  readonly repoUrl?: string;
  /** English, as the project describes itself on the landscape. */
  readonly description?: string;
  /** Every project has been accepted; the later dates exist only once reached. */
  readonly dates: {readonly accepted: IsoDate} & Partial<Readonly<Record<Exclude<DateField, 'accepted'>, IsoDate>>>;
};

export type SnapshotMeta = {
  readonly snapshotDate: IsoDate;
  readonly source: {readonly repository: string; readonly path: string; readonly commit: string};
  /** The credit the license asks for, shown wherever the data is. */
  readonly attribution: 'CNCF Landscape';
  /** SPDX expression: the landscape data may be used under either license. */
  readonly license: 'Apache-2.0 OR CC-BY-4.0';
};

export type CncfSnapshot = {
  readonly meta: SnapshotMeta;
  readonly projects: readonly CncfProject[];
};
