/**
 * The link that opens the repository's "문서 오류 신고" issue form
 * (.github/ISSUE_TEMPLATE/doc-error.yml) with the page already filled in.
 * GitHub fills a form field from the query parameter named by the field's id:
 * the ids below and the form's must stay the same (tests/unit/report-problem.test.ts
 * compares them).
 */
export const ISSUE_TEMPLATE = 'doc-error.yml';

/** The form's fields this link fills, by id. */
export const FIELDS = {
  url: 'page',
  title: 'page-title',
  version: 'version',
  commit: 'commit',
  problem: 'problem',
} as const;

/** Written into the commit field when the build did not know its commit (the plugin gives it in place of one). */
export const UNKNOWN_COMMIT = '알 수 없음 (git 정보 없이 빌드됨)';

export type ReportedPage = {
  /** The page's title as the reader sees it. */
  readonly title: string;
  /** The page's full URL. */
  readonly url: string;
  /** The docs edition ("2.0 (최신)", "1.0 (초판)"), or what else the page is ("블로그 글"). */
  readonly version: string;
  /** Text to start the problem description with, if the page knows what went wrong (the 404 page does). */
  readonly problem?: string;
};

/** The issue form's URL for `page` in `repository` (https://github.com/owner/name), built from `commit` (or UNKNOWN_COMMIT). */
export function reportUrl(repository: string, page: ReportedPage, commit: string): string {
  const query = new URLSearchParams({template: ISSUE_TEMPLATE, title: `[문서 오류] ${page.title}`});
  query.set(FIELDS.url, page.url);
  query.set(FIELDS.title, page.title);
  query.set(FIELDS.version, page.version);
  query.set(FIELDS.commit, commit);
  if (page.problem) query.set(FIELDS.problem, page.problem);
  return `${repository.replace(/\/+$/, '')}/issues/new?${query.toString()}`;
}
