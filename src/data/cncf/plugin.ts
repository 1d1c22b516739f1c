import type {Plugin} from '@docusaurus/types';
import snapshot from './projects';
import {summarize} from './summary';

/**
 * Writes the CNCF figures the pages quote (./summary.ts) as generated data,
 * read through ./figures.ts, so that only the maturity table's rows, rendered
 * into the HTML, carry the projects themselves.
 */
export default function cncfSummary(): Plugin {
  return {
    name: 'cncf-summary',
    async contentLoaded({actions}) {
      await actions.createData('summary.json', JSON.stringify(summarize(snapshot)));
    },
  };
}
