import type {Plugin} from '@docusaurus/types';
import {here, swapModules, type Replacement} from '../pinned/replacement';

export const PINS: readonly Replacement[] = [
  {
    packageName: '@docusaurus/theme-common',
    original: 'lib/utils/reactUtils.js',
    replacement: here(import.meta.url, './reactUtils.tsx'),
    sha256: 'a683742dac1a155bbd1c355601dedc1eeb7cc5edd7331cab26043c74233dca11',
    owner: 'src/optimizations/sidebar-without-icu/plugin.ts',
  },
];

/** theme-common's reactUtils, whose key sort loaded ICU's collator in the middle of every doc page's hydration on a phone. */
export default function sidebarWithoutIcu(): Plugin {
  return {
    name: 'optimization-sidebar-without-icu',
    configureWebpack: (_config, _isServer, {currentBundler}) => ({plugins: swapModules(PINS, currentBundler)}),
  };
}
