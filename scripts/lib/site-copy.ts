import {execFileSync} from 'node:child_process';
import {cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
const SITE_FILES = [
  'docs',
  'blog',
  'src',
  'static',
  'i18n',
  'versioned_docs',
  'versioned_sidebars',
  'versions.json',
  'docusaurus.config.ts',
  'sidebars.ts',
  'tsconfig.json',
  'package.json',
  'scripts',
  '.markdownlint.jsonc',
];

/**
 * A throwaway copy of the site that can be changed and built without touching
 * the repository. Each installed package is linked rather than node_modules
 * itself, so the copy gets its own build cache; git history is one commit so
 * that "last updated" works.
 */
export function copySite(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const item of SITE_FILES) {
    if (existsSync(path.join(root, item))) cpSync(path.join(root, item), path.join(dir, item), {recursive: true});
  }
  mkdirSync(path.join(dir, 'node_modules'));
  for (const name of readdirSync(path.join(root, 'node_modules'))) {
    if (name !== '.cache') symlinkSync(path.join(root, 'node_modules', name), path.join(dir, 'node_modules', name));
  }
  return dir;
}

export function commitAll(dir: string): void {
  execFileSync('git', ['init', '-q'], {cwd: dir});
  execFileSync('git', ['add', '-A'], {cwd: dir});
  execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@localhost', 'commit', '-qm', 'copy'], {cwd: dir});
}

export const docusaurusBin = (dir: string) => path.join(dir, 'node_modules', '@docusaurus', 'core', 'bin', 'docusaurus.mjs');
