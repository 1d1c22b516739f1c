import type {Plugin} from '@docusaurus/types';
import snapshot from './projects';
import {englishByName, factsBySlug, summarize} from './summary';

/**
 * Writes what the pages quote from the CNCF data (./summary.ts) as generated
 * data, read through ./figures.ts and ./facts.ts, so that only the maturity
 * table's rows, rendered into the HTML, carry the projects whole; and the
 * English descriptions, which the table loads only when a reader asks for them.
 */
export default function cncfSummary(): Plugin {
  return {
    name: 'cncf-summary',
    async contentLoaded({actions}) {
      await actions.createData('summary.json', JSON.stringify(summarize(snapshot)));
      await actions.createData('facts.json', JSON.stringify(factsBySlug(snapshot)));
      await actions.createData('english.json', JSON.stringify(englishByName(snapshot)));
    },
  };
}
