import {execFileSync} from 'node:child_process';

/** The commit a build was made from, and where that was read. */
export type BuildCommit =
  {readonly sha: string; readonly from: 'GITHUB_SHA' | 'SOURCE_COMMIT' | 'git'} | {readonly sha: null; readonly from: 'none'};

const SHA = /^[0-9a-f]{40}$/;

/** `git rev-parse HEAD` in `cwd`, or undefined where there is no git or no repository (a source tarball, a container build without .git). */
export function gitHead(cwd: string): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore']}).trim();
  } catch {
    return undefined;
  }
}

/**
 * The commit to name in problem reports. CI says which commit it builds
 * (GitHub Actions: GITHUB_SHA); a build elsewhere may say so with
 * SOURCE_COMMIT (e.g. a container build of a tree without .git); otherwise
 * git answers. Without any of them the commit is unknown, and the report form
 * says so rather than naming a wrong one.
 */
export function buildCommit(env: Readonly<Record<string, string | undefined>>, head: () => string | undefined): BuildCommit {
  for (const from of ['GITHUB_SHA', 'SOURCE_COMMIT'] as const) {
    const sha = env[from]?.trim().toLowerCase();
    if (sha && SHA.test(sha)) return {sha, from};
  }
  const sha = head()?.toLowerCase();
  return sha && SHA.test(sha) ? {sha, from: 'git'} : {sha: null, from: 'none'};
}
