import {
  aliasMatches,
  codeTerms,
  compactKey,
  type AliasTable,
  type Word,
  words,
} from './analyzer';

/**
 * One way a query word can be found in a document. `hangul` is a Korean stem
 * whose bigrams may be split across spaced words (see rank.ts); `all` is a set
 * of terms that must all be present for full credit.
 */
export type Alternative =
  | {kind: 'hangul'; stem: string; credit: number}
  | {kind: 'all'; terms: readonly string[]; prefix: boolean; credit: number};

/** One word of the query, and every way it may be written in a document. */
export type Concept = {text: string; alternatives: Alternative[]};

export type QueryPlan = {
  concepts: Concept[];
  /** The whole query's compact key: a page titled the same is the one asked for. */
  key: string;
  /** Canonical glossary terms the query names, for highlighting their other spellings. */
  glossaryTerms: string[];
};

// A 10,000-character paste is searched by its beginning; no reader types more.
const MAX_CONCEPTS = 12;
const MAX_STEM = 24;
const PREFIX_CREDIT = 0.7;
const PARTS_CREDIT = 0.9;

/** Finds the words a 초성 string stands for (the worker looks them up in the index's vocabulary). */
export type InitialsResolver = (initials: string) => readonly string[];

function conceptFor(word: Word, isLast: boolean, aliases: AliasTable, resolveInitials: InitialsResolver): Concept {
  const alternatives: Alternative[] = [];
  if (word.kind === 'hangul') {
    const stem = word.stem.slice(0, MAX_STEM);
    if (stem.length >= 2) {
      alternatives.push({kind: 'hangul', stem, credit: 1});
    } else if (isLast) {
      // A lone syllable is usually a word still being typed.
      alternatives.push({kind: 'all', terms: [stem], prefix: true, credit: PREFIX_CREDIT});
    }
  } else if (word.kind === 'code') {
    const {whole, parts} = codeTerms(word);
    const partTerms = parts.map((part) => part.term);
    if (whole) {
      // A path or dotted name is found inside longer ones: /var/lib/docker in /var/lib/docker/overlay2.
      alternatives.push({kind: 'all', terms: [whole], prefix: true, credit: 1});
      if (partTerms.length > 0) alternatives.push({kind: 'all', terms: partTerms, prefix: false, credit: PARTS_CREDIT});
    } else if (partTerms.length > 0) {
      alternatives.push({kind: 'all', terms: partTerms, prefix: false, credit: 1});
      if (isLast) alternatives.push({kind: 'all', terms: partTerms, prefix: true, credit: PREFIX_CREDIT});
    }
  } else if (word.surface.length >= 2) {
    for (const expansion of resolveInitials(word.surface)) {
      alternatives.push({kind: 'hangul', stem: expansion, credit: 1});
      const canonical = aliases.get(expansion);
      if (canonical) alternatives.push({kind: 'all', terms: [canonical], prefix: false, credit: 1});
    }
  }
  return {text: word.kind === 'hangul' ? word.stem : word.surface, alternatives};
}

/** Turns what the reader typed into concepts to look for. */
export function parseQuery(input: string, aliases: AliasTable, resolveInitials: InitialsResolver): QueryPlan {
  const list = words(input.normalize('NFC')).slice(0, MAX_CONCEPTS);
  const concepts = list.map((word, i) => conceptFor(word, i === list.length - 1, aliases, resolveInitials));
  const glossaryTerms = new Set<string>();
  for (const {term, from, to} of aliasMatches(list, aliases)) {
    glossaryTerms.add(term);
    for (let i = from; i <= to; i += 1) {
      concepts[i]?.alternatives.push({kind: 'all', terms: [term], prefix: false, credit: 1});
    }
  }
  return {
    concepts: concepts.filter((concept) => concept.alternatives.length > 0),
    key: compactKey(list),
    glossaryTerms: [...glossaryTerms],
  };
}

/** The key a page title is compared with the query's {@link QueryPlan.key} by: 컨테이너 런타임이란 → 컨테이너런타임. */
export function titleKey(title: string): string {
  return compactKey(words(title.normalize('NFC')));
}

/** Every Korean stem of two syllables or more in a text: the vocabulary 초성 queries are resolved against. */
export function hangulStems(text: string): string[] {
  return words(text)
    .filter((word) => word.kind === 'hangul' && word.stem.length >= 2)
    .map((word) => word.stem);
}
