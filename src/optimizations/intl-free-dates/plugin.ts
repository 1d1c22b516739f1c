import type {Plugin} from '@docusaurus/types';
import {here} from '../pinned/replacement';

/** LastUpdated and the blog post header, with dates written without Intl (./theme, ./koreanDate.ts). */
export default function intlFreeDates(): Plugin {
  return {name: 'optimization-intl-free-dates', getThemePath: () => here(import.meta.url, './theme')};
}
