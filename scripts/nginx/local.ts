import {spawn, type ChildProcess, type StdioOptions} from 'node:child_process';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {nginxBinary, renderNginxConfig, requireBrotliStatic} from './config';

/**
 * The user nginx runs as when the tests run as root (as CI does): nobody, by
 * number, so that no account has to be created. Run as anyone else, nginx runs
 * as that user.
 */
export const UNPRIVILEGED = {uid: 65534, gid: 65534} as const;

const runningAsRoot = (): boolean => process.getuid?.() === 0;

/** Read-only for everyone, the owner included: directories r-x, files r--. */
function makeReadOnly(dir: string): void {
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) makeReadOnly(full);
    else chmodSync(full, 0o444);
  }
  chmodSync(dir, 0o555);
}

function makeWritable(dir: string): void {
  chmodSync(dir, 0o755);
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    if (entry.isDirectory()) makeWritable(path.join(dir, entry.name));
  }
}

/** Every directory above `dir` must let others through, or nginx as nobody cannot reach its configuration. */
function requireSearchableByOthers(dir: string): void {
  for (let current = path.dirname(dir); ; current = path.dirname(current)) {
    if ((statSync(current).mode & 0o001) === 0) {
      throw new Error(
        `nginx runs as nobody (uid ${UNPRIVILEGED.uid}) when started by root, and cannot enter ${current} ` +
          `on the way to ${dir}. Point TMPDIR at a directory everyone can enter, such as /tmp.`,
      );
    }
    if (current === path.dirname(current)) return;
  }
}

function removeDir(dir: string): void {
  if (existsSync(dir)) makeWritable(dir);
  rmSync(dir, {recursive: true, force: true});
}

function isRunning(pidFile: string): boolean {
  try {
    process.kill(Number(readFileSync(pidFile, 'utf8')), 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Removes what an earlier run on this port left behind: a test runner that
 * kills the whole process group (Playwright does once npm has exited) can stop
 * this script in the middle of its cleanup.
 */
function removeLeftovers(port: number): void {
  const prefix = `container-docs-nginx-${port}-`;
  for (const name of readdirSync(os.tmpdir()).filter((entry) => entry.startsWith(prefix))) {
    const dir = path.join(os.tmpdir(), name);
    try {
      const recent = Date.now() - statSync(dir).mtimeMs < 60_000;
      if (recent || isRunning(path.join(dir, 'run', 'nginx.pid'))) continue;
      removeDir(dir);
    } catch {
      // Someone else's, or gone already.
    }
  }
}

export type LocalNginx = {
  child: ChildProcess;
  origin: string;
  /** Ends nginx (gracefully) and removes its files. */
  stop: () => Promise<void>;
};

/**
 * Runs nginx on 127.0.0.1:port with the production configuration, the way
 * the image runs it: as a user who is not root, on a copy of buildDir that
 * nobody can write (directories r-x, files r--), writing only to a run
 * directory of its own. Everything lives in one temporary directory, named
 * after the port so that a test can find this nginx among the processes.
 */
export function startLocalNginx(port: number, buildDir: string, stdio: StdioOptions): LocalNginx {
  if (!existsSync(path.join(buildDir, 'index.html'))) {
    throw new Error(
      `${path.join(buildDir, 'index.html')} is missing: run "npm run build" (or "npm run build:plain" for build-plain) first.`,
    );
  }
  if (!existsSync(path.join(buildDir, '.nginx', 'headers.conf'))) {
    throw new Error(`${buildDir}/.nginx/headers.conf is missing: run "npm run build" first.`);
  }
  requireBrotliStatic();
  const asRoot = runningAsRoot();
  removeLeftovers(port);
  const dir = mkdtempSync(path.join(os.tmpdir(), `container-docs-nginx-${port}-`));
  const cleanup = () => removeDir(dir);
  try {
    if (asRoot) requireSearchableByOthers(dir);
    const siteRoot = path.join(dir, 'site');
    cpSync(buildDir, siteRoot, {recursive: true});
    makeReadOnly(siteRoot);
    const runDir = path.join(dir, 'run');
    mkdirSync(runDir, {mode: 0o700});
    if (asRoot) chownSync(runDir, UNPRIVILEGED.uid, UNPRIVILEGED.gid);
    const {main, server} = renderNginxConfig({
      listen: `127.0.0.1:${port}`,
      siteRoot,
      runDir,
      accessLog: 'off',
      serverConf: path.join(dir, 'site.conf'),
    });
    writeFileSync(path.join(dir, 'site.conf'), server, {mode: 0o444});
    writeFileSync(path.join(dir, 'nginx.conf'), main, {mode: 0o444});
    chmodSync(dir, 0o755);
  } catch (error) {
    cleanup();
    throw error;
  }

  const nginx = [nginxBinary(), '-c', path.join(dir, 'nginx.conf'), '-e', 'stderr'];
  // setpriv (util-linux, on every Debian) drops to nobody before nginx starts,
  // with no supplementary groups and no way back up (no_new_privs), as the
  // image's USER and the manifest's allowPrivilegeEscalation: false do.
  const [command, ...args] = asRoot
    ? ['setpriv', `--reuid=${UNPRIVILEGED.uid}`, `--regid=${UNPRIVILEGED.gid}`, '--clear-groups', '--no-new-privs', '--', ...nginx]
    : nginx;
  const child = spawn(command!, args, {stdio});
  let stopped: Promise<void> | undefined;
  return {
    child,
    origin: `http://127.0.0.1:${port}`,
    stop: () =>
      (stopped ??= new Promise((resolve) => {
        const done = () => {
          cleanup();
          resolve();
        };
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', done);
        child.kill('SIGQUIT');
      })),
  };
}
