/**
 * "오류 신고" links: the build's commit and the repository, for
 * src/components/ReportProblem, which links every doc page, blog post and the
 * 404 page to the repository's issue form filled in with the page
 * (./issueUrl.ts). The commit is read once per build (./commit.ts).
 */
import type {LoadContext, Plugin} from '@docusaurus/types';
import {buildCommit, gitHead, type BuildCommit} from './commit';
import {UNKNOWN_COMMIT} from './issueUrl';

export type ReportProblemOptions = {
  /** The repository's URL, https://github.com/owner/name. */
  readonly repository: string;
};

/** What the plugin gives the site (usePluginData('report-problem')). */
export type ReportProblemData = {
  readonly repository: string;
  /** The commit's SHA, or UNKNOWN_COMMIT: the text the form shows is written here, not in every page's code. */
  readonly commit: string;
};

export default function reportProblemPlugin(context: LoadContext, options: ReportProblemOptions): Plugin<BuildCommit> {
  if (!/^https:\/\/github\.com\/[^/]+\/[^/]+$/.test(options.repository)) {
    throw new Error(`report-problem: repository must be https://github.com/<owner>/<name>, not "${options.repository}"`);
  }
  return {
    name: 'report-problem',
    loadContent: async () => {
      const commit = buildCommit(process.env, () => gitHead(context.siteDir));
      if (commit.sha === null) {
        console.warn(
          '[report-problem] No commit found (no GITHUB_SHA, SOURCE_COMMIT or git repository): problem reports will say the commit is unknown.',
        );
      }
      return commit;
    },
    contentLoaded: async ({content, actions}) => {
      actions.setGlobalData({repository: options.repository, commit: content.sha ?? UNKNOWN_COMMIT} satisfies ReportProblemData);
    },
  };
}
