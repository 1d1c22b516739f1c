import {aliasMatches, codeTerms, compactKey, type AliasTable, type Word, words} from './analyzer';
import type {Vocabulary} from './fuzzy';

/**
 * One way a query word can be found in a document. `hangul` is a Korean stem
 * whose bigrams may be split across spaced words (see rank.ts); `all` is a set
 * of terms that must all be present for full credit.
 */
export type Alternative =
  {kind: 'hangul'; stem: string; credit: number} | {kind: 'all'; terms: readonly string[]; prefix: boolean; credit: number};

/** One word of the query, and every way it may be written in a document. */
export type Concept = {
  text: string;
  alternatives: Alternative[];
  /** The known word this one was read as, when the index does not know it as typed. */
  correctedTo?: string;
};

export type QueryPlan = {
  concepts: Concept[];
  /** The whole query's compact key (as corrected): a page titled the same is the one asked for. */
  key: string;
  /** Canonical glossary terms the query names, for highlighting their other spellings. */
  glossaryTerms: string[];
  /** The query as it was read, when a word in it was corrected: what the reader is told was searched. */
  corrected?: string;
};

/** The words an index knows, which decide whether a query word needs correcting and into what. */
export type Lexicon = {
  /** Korean stems of two syllables or more, of the documents and the glossary. */
  readonly hangul: Vocabulary;
  /** Latin and code words (and their parts) of two characters or more. */
  readonly latin: Vocabulary;
  /** Whether the index has the term, or (with `prefix`) a term beginning with it. */
  hasTerm(term: string, prefix: boolean): boolean;
};

export type ParseOptions = {
  /** The index's words; without them, or with `literal`, words are searched exactly as typed. */
  lexicon?: Lexicon;
  literal?: boolean;
};

// A 10,000-character paste is searched by its beginning; no reader types more.
const MAX_CONCEPTS = 12;
const MAX_STEM = 24;
const PREFIX_CREDIT = 0.7;
const PARTS_CREDIT = 0.9;
// A corrected word ranks below the words found as typed or by their beginning; two edits below one.
const CORRECTED_CREDIT = [1, 0.6, 0.5] as const;
// A word still being typed stands for its commonest completions.
const MAX_COMPLETIONS = 3;

/** Finds the words a 초성 string stands for (the worker looks them up in the index's vocabulary). */
export type InitialsResolver = (initials: string) => readonly string[];

const correctedCredit = (distance: number): number => CORRECTED_CREDIT[distance] ?? CORRECTED_CREDIT[2];

type HangulReading =
  | {status: 'known'}
  | {status: 'typing'; completions: string[]}
  | {status: 'corrected'; stem: string; distance: number}
  | {status: 'unknown'};

/**
 * Whether a Korean stem is a word of the index: one of its words, part of one
 * (컨테이 in 컨테이너), a compound of them (컨테이너런타임), or one followed by a
 * syllable the analyzer does not strip (an unlisted particle). If not, and it
 * is the last word, it may be one still being typed (컨테이너런타 → …런타임); failing
 * that, the closest word, or compound with one word mistyped, within the
 * edits its length allows.
 */
export function readHangul(stem: string, isLast: boolean, vocabulary: Vocabulary): HangulReading {
  if (vocabulary.has(stem)) return {status: 'known'};
  for (const word of vocabulary.words()) if (word.includes(stem)) return {status: 'known'};
  if (compoundOf(stem, vocabulary)) return {status: 'known'};
  if (isLast) {
    const completions = vocabulary.completions(stem, MAX_COMPLETIONS);
    if (completions.length > 0) return {status: 'typing', completions};
  }
  const whole = vocabulary.closest(stem);
  let best = whole ? {stem: whole.word, distance: whole.distance} : undefined;
  // A compound of a known word and a mistyped one: 컨테이너런타입.
  for (let cut = 2; cut <= stem.length - 2; cut += 1) {
    const head = stem.slice(0, cut);
    const tail = stem.slice(cut);
    const candidates = [
      vocabulary.has(head) ? mapCorrection(vocabulary.closest(tail), (word) => head + word) : undefined,
      vocabulary.has(tail) ? mapCorrection(vocabulary.closest(head), (word) => word + tail) : undefined,
    ];
    for (const candidate of candidates) if (candidate && (!best || candidate.distance < best.distance)) best = candidate;
  }
  return best ? {status: 'corrected', ...best} : {status: 'unknown'};
}

function mapCorrection(
  correction: {word: string; distance: number} | undefined,
  map: (word: string) => string,
): {stem: string; distance: number} | undefined {
  return correction && {stem: map(correction.word), distance: correction.distance};
}

/** Whether a stem is known words end to end (two syllables each), the last perhaps followed by one more syllable. */
function compoundOf(stem: string, vocabulary: Vocabulary): boolean {
  const reachable = [true];
  for (let end = 2; end <= stem.length; end += 1) {
    for (let start = 0; start <= end - 2 && !reachable[end]; start += 1) {
      if (reachable[start] && vocabulary.has(stem.slice(start, end))) reachable[end] = true;
    }
  }
  return reachable[stem.length] === true || (stem.length >= 3 && reachable[stem.length - 1] === true);
}

/**
 * A code word's parts the index does not know, corrected: contianerd →
 * containerd, copy-on-wirte → copy-on-write. The last part of the last word
 * is known if a term begins with it (the reader may still be typing).
 * Undefined when every part is known or a part cannot be corrected.
 */
export function readCode(word: Word, isLast: boolean, lexicon: Lexicon): {surface: string; distance: number} | undefined {
  const {parts} = codeTerms(word);
  let surface = word.surface;
  let distance = 0;
  // Right to left, so that earlier offsets stay valid.
  for (let i = parts.length - 1; i >= 0; i -= 1) {
    const part = parts[i];
    if (!part) continue;
    const typing = isLast && i === parts.length - 1;
    if (lexicon.hasTerm(part.term, typing)) continue;
    const from = part.start - word.start;
    const written = word.surface.slice(from, from + part.length);
    const correction = closestLatin(written, part.term, lexicon.latin);
    if (!correction) return undefined;
    surface = surface.slice(0, from) + correction.word + surface.slice(from + part.length);
    distance = Math.max(distance, correction.distance);
  }
  return distance > 0 ? {surface, distance} : undefined;
}

/**
 * The closest index term to a Latin word, as the reader would write it. The
 * index holds plurals folded to the singular (kubernetes as kubernete), so
 * the word is tried both as written (rootles → rootless) and folded
 * (kubernates → kubernate → kubernete, shown with its s again: kubernetes).
 */
function closestLatin(written: string, folded: string, latin: Vocabulary): {word: string; distance: number} | undefined {
  const asWritten = latin.closest(written);
  const fromFolded = folded === written ? undefined : latin.closest(folded);
  const refolded = fromFolded && {word: fromFolded.word + written.slice(folded.length), distance: fromFolded.distance};
  if (!asWritten) return refolded;
  return refolded && refolded.distance < asWritten.distance ? refolded : asWritten;
}

function codeAlternatives(word: Word, isLast: boolean, credit: number, prefixCredit: number): Alternative[] {
  const alternatives: Alternative[] = [];
  const {whole, parts} = codeTerms(word);
  const partTerms = parts.map((part) => part.term);
  if (whole) {
    // A path or dotted name is found inside longer ones: /var/lib/docker in /var/lib/docker/overlay2.
    alternatives.push({kind: 'all', terms: [whole], prefix: true, credit});
    if (partTerms.length > 0) alternatives.push({kind: 'all', terms: partTerms, prefix: false, credit: credit * PARTS_CREDIT});
  } else if (partTerms.length > 0) {
    alternatives.push({kind: 'all', terms: partTerms, prefix: false, credit});
    if (isLast) alternatives.push({kind: 'all', terms: partTerms, prefix: true, credit: prefixCredit});
  }
  return alternatives;
}

/** A concept, and the word as the index knows it (for glossary spellings) when it had to be corrected. */
type Reading = {concept: Concept; corrected?: {word: Word; text: string; start: number; end: number; credit: number}};

/** Re-analyses a corrected spelling as the word it now is, keeping the original's place in the query. */
function wordFrom(text: string, like: Word): Word | undefined {
  const [word] = words(text);
  return word && {...word, start: like.start, end: like.end};
}

function readWord(word: Word, isLast: boolean, aliases: AliasTable, resolveInitials: InitialsResolver, options: ParseOptions): Reading {
  const lexicon = options.literal ? undefined : options.lexicon;
  const alternatives: Alternative[] = [];
  if (word.kind === 'hangul') {
    const stem = word.stem.slice(0, MAX_STEM);
    if (stem.length < 2) {
      // A lone syllable is usually a word still being typed.
      if (isLast) alternatives.push({kind: 'all', terms: [stem], prefix: true, credit: PREFIX_CREDIT});
      return {concept: {text: stem, alternatives}};
    }
    const reading = lexicon ? readHangul(stem, isLast, lexicon.hangul) : {status: 'known' as const};
    if (reading.status === 'corrected') {
      // Syllable pairs of a word the index does not have are scattered evidence (컨테이어: 컨테 and 이어); the correction replaces them.
      const credit = correctedCredit(reading.distance);
      const concept = {text: stem, alternatives: [{kind: 'hangul' as const, stem: reading.stem, credit}], correctedTo: reading.stem};
      const corrected = wordFrom(reading.stem + word.surface.slice(word.stem.length), word);
      return {
        concept,
        corrected: corrected && {word: corrected, text: reading.stem, start: word.start, end: word.start + word.stem.length, credit},
      };
    }
    alternatives.push({kind: 'hangul', stem, credit: 1});
    if (reading.status === 'typing') {
      for (const completion of reading.completions) alternatives.push({kind: 'hangul', stem: completion, credit: PREFIX_CREDIT});
    }
    return {concept: {text: stem, alternatives}};
  }
  if (word.kind === 'code') {
    alternatives.push(...codeAlternatives(word, isLast, 1, PREFIX_CREDIT));
    const correction = lexicon && readCode(word, isLast, lexicon);
    const corrected = correction && wordFrom(correction.surface, word);
    if (!correction || !corrected) return {concept: {text: word.surface, alternatives}};
    const credit = correctedCredit(correction.distance);
    alternatives.push(...codeAlternatives(corrected, isLast, credit, credit * PREFIX_CREDIT));
    return {
      concept: {text: word.surface, alternatives, correctedTo: correction.surface},
      corrected: {word: corrected, text: correction.surface, start: word.start, end: word.end, credit},
    };
  }
  if (word.surface.length >= 2) {
    for (const expansion of resolveInitials(word.surface)) {
      alternatives.push({kind: 'hangul', stem: expansion, credit: 1});
      const canonical = aliases.get(expansion);
      if (canonical) alternatives.push({kind: 'all', terms: [canonical], prefix: false, credit: 1});
    }
  }
  return {concept: {text: word.surface, alternatives}};
}

/**
 * Turns what the reader typed into concepts to look for. A word the index
 * does not know (and that is not a word still being typed) is read as the
 * closest word it knows, unless `literal` is set.
 */
export function parseQuery(input: string, aliases: AliasTable, resolveInitials: InitialsResolver, options: ParseOptions = {}): QueryPlan {
  const text = input.normalize('NFC');
  const list = words(text).slice(0, MAX_CONCEPTS);
  const readings = list.map((word, i) => readWord(word, i === list.length - 1, aliases, resolveInitials, options));
  const concepts = readings.map((reading) => reading.concept);
  const asRead = list.map((word, i) => readings[i]?.corrected?.word ?? word);
  const glossaryTerms = new Set<string>();
  const addAliases = (matched: Word[], onlyCorrected: boolean) => {
    for (const {term, from, to} of aliasMatches(matched, aliases)) {
      const span = readings.slice(from, to + 1);
      if (onlyCorrected && !span.some((reading) => reading.corrected)) continue;
      glossaryTerms.add(term);
      // Found through a correction, a glossary spelling counts no more than the correction.
      const credit = Math.min(...span.map((reading) => reading.corrected?.credit ?? 1));
      for (let i = from; i <= to; i += 1) concepts[i]?.alternatives.push({kind: 'all', terms: [term], prefix: false, credit});
    }
  };
  addAliases(list, false);
  const correctedAny = readings.some((reading) => reading.corrected);
  if (correctedAny) addAliases(asRead, true);
  let corrected: string | undefined;
  if (correctedAny) {
    corrected = text;
    for (const reading of [...readings].reverse()) {
      const fix = reading.corrected;
      if (fix) corrected = corrected.slice(0, fix.start) + fix.text + corrected.slice(fix.end);
    }
  }
  return {
    concepts: concepts.filter((concept) => concept.alternatives.length > 0),
    key: compactKey(asRead),
    glossaryTerms: [...glossaryTerms],
    ...(corrected === undefined ? {} : {corrected}),
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
