/**
 * What the CNCF asks of a project at each maturity stage, summarised from the
 * TOC's incubation and graduation application templates (v1.6, checked
 * 2026-12-04) and archiving process. Text, not data from the landscape: it
 * changes only when the TOC changes its process; docs/cncf/maturity.md says
 * the same at length.
 */
import type {Maturity} from './types';

export type StageCriteria = {
  readonly stage: Maturity;
  /** One sentence on what the stage means for a reader choosing software. */
  readonly summary: string;
  /** What a project must show to be at this stage. */
  readonly requires: readonly string[];
};

export const criteriaSource = {
  incubation: 'https://github.com/cncf/toc/blob/main/.github/ISSUE_TEMPLATE/template-incubation-application.md',
  graduation: 'https://github.com/cncf/toc/blob/main/.github/ISSUE_TEMPLATE/template-graduation-application.md',
  archiving: 'https://github.com/cncf/toc/blob/main/process/archiving.md',
} as const;

/** The ladder a project climbs, in order; archived stands apart from it. */
export const ladder: readonly StageCriteria[] = [
  {
    stage: 'sandbox',
    summary: '실험적인 초기 프로젝트가 중립적인 재단에서 협업을 시작하는 단계입니다.',
    requires: [
      '샌드박스 신청서 제출과 기술 감독 위원회(TOC)의 승인',
      'CNCF 행동 강령 채택',
      'CNCF 지식재산권 정책 준수와 상표 이전',
      '웹사이트나 README에 샌드박스 단계임을 표시',
    ],
  },
  {
    stage: 'incubating',
    summary: '여러 조직이 쓰기 시작했고 TOC가 전면 실사(due diligence)를 마친 단계입니다.',
    requires: [
      '공개된 도입 조직 목록과, 개발·시험 이상으로 쓰는 독립된 도입 조직 3곳 이상',
      '일반 기술 검토와 거버넌스 검토, 규모에 맞는 활동 메인테이너',
      '문서화된 보안 신고 절차, 보안 자체 평가, OpenSSF 모범 사례 배지(passing)',
      'TOC 3분의 2 이상의 찬성',
    ],
  },
  {
    stage: 'graduated',
    summary: '여러 조직이 함께 유지하며 보안 감사와 거버넌스를 갖춘 성숙한 단계입니다.',
    requires: [
      '둘 이상의 조직에서 온 메인테이너',
      '독립된 제3자 보안 검토와 발견 사항의 처리 계획',
      '문서화한 거버넌스와 메인테이너 절차를 실제로 운영한 기록',
      'TOC가 확인한 운영 환경 도입',
      'TOC 3분의 2 이상의 찬성',
    ],
  },
];

export const archived: StageCriteria = {
  stage: 'archived',
  summary: '활동이 멈췄거나 TOC가 더는 권하지 않는 프로젝트를 보관한 상태입니다.',
  requires: [
    'TOC의 상태 점검, 2주간의 공개 논의, TOC 3분의 2 이상의 찬성',
    'CNCF의 지원과 홍보가 끝나고 이전 단계 이름을 더는 쓸 수 없음',
    '상표와 도메인은 CNCF가 계속 보유하며 표준 절차로 다시 합류 가능',
  ],
};
