import type {ChildProcess} from 'node:child_process';
import {startLocalNginx} from '../nginx/local';
import {buildDir as defaultBuildDir} from './buildDir';

export type RunningSite = {origin: string; stop: () => Promise<void>};

async function waitUntilUp(origin: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`nginx exited with code ${child.exitCode} before it answered on ${origin}.`);
    }
    try {
      if ((await fetch(`${origin}/`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nginx did not answer on ${origin} within ${timeoutMs / 1000} s.`);
}

/**
 * Serves a build (build/ unless BUILD_DIR names another) on loopback through
 * the production nginx configuration, as the image runs it (not as root, over
 * a read-only copy of the build), so that link checks and benchmarks see
 * exactly what production serves.
 */
export async function serveBuiltSite(port: number, buildDir = defaultBuildDir()): Promise<RunningSite> {
  const nginx = startLocalNginx(port, buildDir, ['ignore', 'ignore', 'inherit']);
  try {
    await waitUntilUp(nginx.origin, nginx.child, 15_000);
  } catch (error) {
    await nginx.stop();
    throw error;
  }
  return {origin: nginx.origin, stop: nginx.stop};
}
