import type {Plugin} from '@docusaurus/types';
import {here} from '../pinned/replacement';

/** Docusaurus's prefetching of visible links' pages, queued to idle time (./idlePrefetch.ts). */
export default function idlePrefetch(): Plugin {
  return {
    name: 'optimization-idle-prefetch',
    getClientModules: () => [here(import.meta.url, './idlePrefetch.ts')],
  };
}
