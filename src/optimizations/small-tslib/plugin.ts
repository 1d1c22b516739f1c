import path from 'node:path';
import type {Plugin} from '@docusaurus/types';
import {checkedOriginal, here, type Pin} from '../pinned/replacement';

/** The one browser module that requires tslib. */
export const PINS: readonly Pin[] = [
  {
    packageName: '@docusaurus/utils-common',
    original: 'lib/index.js',
    sha256: 'f67a902f603f736c0b6b81dfe3c4b600e26ad3018fb19158d877a8fe5d55424e',
    owner: 'src/optimizations/small-tslib/plugin.ts',
  },
];

/** In the browser bundle, @docusaurus/utils-common gets ./tslib.ts (the one helper it calls) for all of tslib. */
export default function smallTslib(): Plugin {
  const tslibUser = path.dirname(checkedOriginal(PINS[0]!));
  const smallTslib = here(import.meta.url, './tslib.ts');
  return {
    name: 'optimization-small-tslib',
    configureWebpack: (_config, isServer) =>
      isServer ? {} : {module: {rules: [{include: tslibUser, resolve: {alias: {tslib$: smallTslib}}}]}},
  };
}
