/** Named projects' facts for the pages that cite them, written at build time by ./plugin.ts. */
import facts from '@generated/cncf-summary/default/facts.json';
import figures from './figures';
import {lookUpFacts, type ProjectFacts} from './summary';

export const projectFacts = (slug: string): ProjectFacts => lookUpFacts(facts, slug, figures.meta.snapshotDate);
