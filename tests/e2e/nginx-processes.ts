import {readdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';

export type ProcessIds = {pid: number; uids: number[]; gids: number[]; groups: number[]};

function processIds(pid: number): ProcessIds {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name: string): number[] =>
    (status.match(new RegExp(`^${name}:\\s*(.*)$`, 'm'))?.[1] ?? '').split(/\s+/).filter(Boolean).map(Number);
  return {pid, uids: field('Uid'), gids: field('Gid'), groups: field('Groups')};
}

const parentOf = (pid: number): number => Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/^PPid:\s*(\d+)/m)?.[1]);

/**
 * The nginx that serves the site on `port` (scripts/nginx/local.ts names its
 * directory after the port): its master and workers, their ids (real,
 * effective, saved and filesystem), and the configuration file it was started with.
 */
export function nginxServing(port: number): {master: ProcessIds; workers: ProcessIds[]; configFile: string} {
  const pids = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number);
  const cmdline = (pid: number): string => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ').trim();
    } catch {
      return ''; // Gone since the listing.
    }
  };
  const marker = `/container-docs-nginx-${port}-`;
  const masters = pids.filter((pid) => cmdline(pid).startsWith('nginx: master process') && cmdline(pid).includes(marker));
  if (masters.length !== 1) throw new Error(`expected one nginx master serving port ${port}, found ${masters.length}`);
  const master = masters[0]!;
  const configFile = cmdline(master).match(/-c (\S+)/)?.[1];
  if (!configFile) throw new Error(`nginx master ${master} was started without -c: ${cmdline(master)}`);
  const workers = pids.filter((pid) => cmdline(pid).startsWith('nginx: worker process') && parentOf(pid) === master);
  return {master: processIds(master), workers: workers.map(processIds), configFile};
}

/** The value of a directive in an nginx configuration file and the files it includes. */
export function configValue(configFile: string, directive: string): string | undefined {
  const text = readFileSync(configFile, 'utf8').replace(/#.*$/gm, '');
  const own = text.match(new RegExp(`^\\s*${directive}\\s+([^;]+);`, 'm'))?.[1];
  if (own) return own.trim();
  for (const [, included] of text.matchAll(/^\s*include\s+([^;*]+);/gm)) {
    const found = configValue(path.resolve(path.dirname(configFile), included!.trim()), directive);
    if (found) return found;
  }
  return undefined;
}

/** Whether a process with these ids may write the file or directory, by its mode bits (the process is not root). */
export function mayWrite(ids: ProcessIds, file: string): boolean {
  const {mode, uid, gid} = statSync(file);
  if (ids.uids.includes(0)) return true;
  if (uid === ids.uids[3]) return (mode & 0o200) !== 0;
  if (gid === ids.gids[3] || ids.groups.includes(gid)) return (mode & 0o020) !== 0;
  return (mode & 0o002) !== 0;
}

/** Every file and directory under root. */
export function walk(root: string): string[] {
  return [root, ...readdirSync(root, {recursive: true, encoding: 'utf8'}).map((name) => path.join(root, name))];
}
