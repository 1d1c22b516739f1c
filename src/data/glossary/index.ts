import {terms} from './terms';
import type {GlossaryTerm} from './types';

export type {GlossaryTerm} from './types';

export const glossary: readonly GlossaryTerm[] = terms;

const byId = new Map(glossary.map((term) => [term.id, term]));

/**
 * Looks a term up for `<Term id>`. Throws rather than rendering nothing, so a
 * misspelt id fails the build instead of shipping a page without its tooltip.
 */
export function termById(id: string): GlossaryTerm {
  const term = byId.get(id);
  if (!term) {
    throw new Error(
      `"${id}" is not a valid glossary term id; use one of the ids in src/data/glossary/terms.ts ` +
        `(e.g. "containerd", "container-runtime") or add the term there`,
    );
  }
  return term;
}

/** The site URL of the page that explains the term: an index doc is its folder's URL. */
export function docUrl(term: GlossaryTerm): string {
  const [docId = '', anchor] = term.doc.split('#');
  const path = docId === 'index' ? '' : docId.replace(/\/index$/, '');
  const url = path === '' ? '/docs' : `/docs/${path}`;
  return anchor ? `${url}#${anchor}` : url;
}
