/**
 * Builds the site with Algolia DocSearch in place of the local index
 * (SEARCH_ENGINE=algolia, src/search/engine.ts) into build-hosted/, for the
 * e2e tests of that option (tests/e2e/hosted-search.spec.ts). DOCSEARCH_*
 * variables set in the environment are used; unset ones get placeholders,
 * since the tests never reach Algolia. A deployment that switches to
 * DocSearch sets the real values and runs `npm run build` (docs-dev/search.md).
 */
import {spawnSync} from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const OUT_DIR = 'build-hosted';
const env = {
  ...process.env,
  SEARCH_ENGINE: 'algolia',
  DOCSEARCH_APP_ID: process.env.DOCSEARCH_APP_ID ?? 'PLACEHOLDER0',
  DOCSEARCH_API_KEY: process.env.DOCSEARCH_API_KEY ?? 'placeholder-search-only-key',
  DOCSEARCH_INDEX_NAME: process.env.DOCSEARCH_INDEX_NAME ?? 'container-docs-ko',
};

for (const [command, ...args] of [
  [path.join(root, 'node_modules', '.bin', 'docusaurus'), 'build', '--out-dir', OUT_DIR],
  [path.join(root, 'node_modules', '.bin', 'tsx'), path.join(root, 'scripts', 'postbuild.ts'), OUT_DIR],
] as const) {
  const {status} = spawnSync(command, args, {cwd: root, env, stdio: 'inherit'});
  if (status !== 0) process.exit(status ?? 1);
}
