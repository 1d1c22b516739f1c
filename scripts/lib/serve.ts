import {spawn, type ChildProcess} from 'node:child_process';
import {existsSync} from 'node:fs';
import path from 'node:path';

export type RunningSite = {origin: string; stop: () => Promise<void>};

const root = path.resolve(import.meta.dirname, '..', '..');

async function waitUntilUp(origin: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The site server exited with code ${child.exitCode} before it answered on ${origin}.`);
    }
    try {
      const response = await fetch(`${origin}/`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The site server did not answer on ${origin} within ${timeoutMs / 1000} s.`);
}

/** Serves build/ on loopback the way the tests see it, and stops it on request. */
export async function serveBuiltSite(port: number): Promise<RunningSite> {
  if (!existsSync(path.join(root, 'build', 'index.html'))) {
    throw new Error('build/index.html is missing: run "npm run build" first.');
  }
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(
    process.execPath,
    [path.join(root, 'node_modules', '@docusaurus', 'core', 'bin', 'docusaurus.mjs'), 'serve', '--no-open', '--host', '127.0.0.1', '--port', String(port)],
    {cwd: root, stdio: ['ignore', 'ignore', 'inherit']},
  );
  await waitUntilUp(origin, child, 30_000);
  return {
    origin,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
