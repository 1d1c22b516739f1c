import type {Plugin} from '@docusaurus/types';
import {here, swapModules, type Replacement} from '../pinned/replacement';

const owner = 'src/optimizations/hydration-transitions/plugin.ts';

/** The two post-hydration updates made transitions: the first window measurement, and "now in the browser". */
export const PINS: readonly Replacement[] = [
  {
    packageName: '@docusaurus/theme-common',
    original: 'lib/hooks/useWindowSize.js',
    replacement: here(import.meta.url, './useWindowSize.ts'),
    sha256: 'a32a46c867130090a4d785590da6f9cc69789eb67a94a5386fc6416857b91872',
    owner,
  },
  {
    packageName: '@docusaurus/core',
    original: 'lib/client/browserContext.js',
    replacement: here(import.meta.url, './browserContext.tsx'),
    sha256: 'f0765ea0de6c682044acc2d1f6f7d474e9ac389591a8e97f877e437c09225b4c',
    owner,
  },
];

/**
 * Right after hydration, a phone re-renders the layout for its width and every
 * browser-only part re-renders once it knows it is in the browser: as urgent
 * updates, each was one long task. Both bundles get the copies, so the server
 * renders the very modules the browser hydrates with.
 */
export default function hydrationTransitions(): Plugin {
  return {
    name: 'optimization-hydration-transitions',
    configureWebpack: (_config, _isServer, {currentBundler}) => ({plugins: swapModules(PINS, currentBundler)}),
  };
}
