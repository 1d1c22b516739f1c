import {spawn, type ChildProcess} from 'node:child_process';
import {existsSync, rmSync} from 'node:fs';
import path from 'node:path';
import {nginxBinary, writeLocalNginxConfig} from '../nginx/config';
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
 * Serves build/ on loopback through the production nginx configuration, so
 * that link checks and benchmarks see exactly what production serves.
 */
export async function serveBuiltSite(port: number, buildDir = defaultBuildDir()): Promise<RunningSite> {
  if (!existsSync(path.join(buildDir, 'index.html'))) {
    throw new Error(`${path.join(buildDir, 'index.html')} is missing: run "npm run build" (or "npm run build:plain" for build-plain) first.`);
  }
  const {configFile, dir} = writeLocalNginxConfig(port, buildDir);
  const child = spawn(nginxBinary(), ['-c', configFile, '-e', 'stderr'], {stdio: ['ignore', 'ignore', 'inherit']});
  const origin = `http://127.0.0.1:${port}`;
  await waitUntilUp(origin, child, 15_000);
  return {
    origin,
    stop: () =>
      new Promise((resolve) => {
        const done = () => {
          rmSync(dir, {recursive: true, force: true});
          resolve();
        };
        if (child.exitCode !== null) return done();
        child.once('exit', done);
        child.kill('SIGQUIT');
      }),
  };
}
