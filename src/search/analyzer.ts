/**
 * The Korean-aware analyzer shared by the search index (built in Node after
 * `docusaurus build`) and the search box (run in the search Web Worker).
 * Both sides must cut text the same way, so everything here is pure and
 * deterministic: no dictionary, no I/O.
 *
 * Korean words are reduced to their stem (trailing particles and verb endings
 * removed) and indexed as overlapping syllable bigrams, so 컨테이너런타임 and
 * 컨테이너 런타임 share every bigram that matters. Latin and code words keep
 * their whole form (`/var/lib/docker/overlay2`, `cri-o`) next to their parts.
 * Glossary aliases become one canonical term on both sides.
 */

/** A term the index stores, with where it came from in the (NFC) text. */
export type IndexToken = {term: string; start: number; length: number};

export type WordKind = 'hangul' | 'code' | 'initials';

export type Word = {
  kind: WordKind;
  /** Lower-cased text as written. */
  surface: string;
  /** Hangul: the surface without particles and endings. Otherwise the surface. */
  stem: string;
  /** {@link compact} forms of the surface and the stem: what glossary spellings are matched on. */
  key: string;
  stemKey: string;
  start: number;
  end: number;
};

/**
 * Maps the compact key of every spelling of a glossary term (see {@link compactKey})
 * to the term's canonical index term.
 */
export type AliasTable = ReadonlyMap<string, string>;

export type AliasGroup = {
  readonly id: string;
  readonly forms: readonly string[];
  /** The doc the glossary says explains the term (`cncf/projects#kubernetes`), if any. */
  readonly doc?: string;
};

// Particles and endings, stripped from the end of a Korean word. Longer ones
// are tried first; a stem keeps at least MIN_STEM syllables, which protects
// short nouns such as 정의, 역할, 결과 and 개요.
const ENDINGS = [
  // 조사
  ...['은', '는', '이', '가', '을', '를', '의', '에', '에서', '에게', '께서', '께', '한테', '으로', '로'],
  ...['와', '과', '도', '만', '까지', '부터', '보다', '처럼', '마다', '조차', '이나', '나', '이든', '든'],
  ...['이란', '란', '이라는', '라는', '이라고', '라고', '이라', '이며', '이고', '이자', '으로서', '로서'],
  ...['으로써', '로써', '에서는', '에서도', '에서의', '에는', '에도', '에의', '으로는', '로는', '으로도'],
  ...['로도', '와의', '과의', '와는', '과는', '까지는', '부터는', '만의', '만을', '에게는', '이라면', '라면'],
  ...['이면', '들', '들이', '들은', '들을', '들의', '들과', '들도'],
  // 서술격 조사와 의문형
  ...['이다', '입니다', '입니까', '이었다', '였다', '이에요', '예요', '인가', '인가요', '인지', '이죠'],
  ...['나요', '가요', '까요', '인'],
  // -적: 효율적인, 효율적으로 → 효율
  ...['적인', '적으로'],
  // 하다·되다·시키다 동사의 어미: 저장되나요 → 저장, 실행합니다 → 실행
  ...['하다', '한다', '합니다', '합니까', '하는', '한', '할', '함', '하며', '하고', '하여', '해', '해서'],
  ...['했다', '했습니다', '하면', '하면서', '하지', '하나요', '하는가', '하려면', '하려고', '하기', '하게'],
  ...['해야', '했던', '하던', '할까', '할까요', '해요', '하세요', '하도록', '하므로', '하지만', '합시다'],
  ...['되다', '된다', '됩니다', '됩니까', '되는', '된', '될', '됨', '되며', '되고', '되어', '돼', '되어서'],
  ...['돼서', '되면', '되지', '되나요', '되나', '되는가', '되었다', '됐다', '되었습니다', '됐습니다'],
  ...['되기', '되게', '되어야', '돼야', '되던', '되었던', '시킨다', '시킵니다', '시키는', '시킨', '시켜'],
].sort((a, b) => b.length - a.length);

const MIN_STEM = 2;
const STRIP_ROUNDS = 2;
const ENDING_SET = new Set(ENDINGS);

/** Strips particles and endings (at most two layers: 프로젝트들은 → 프로젝트). */
export function stripEndings(word: string): string {
  let stem = word;
  for (let round = 0; round < STRIP_ROUNDS; round += 1) {
    const ending = ENDINGS.find((candidate) => stem.length - candidate.length >= MIN_STEM && stem.endsWith(candidate));
    if (!ending) break;
    stem = stem.slice(0, -ending.length);
  }
  return stem;
}

/** Syllable bigrams of a Korean stem; a two-syllable stem is its own bigram. */
export function bigrams(stem: string): string[] {
  if (stem.length < 2) return [];
  const out: string[] = [];
  for (let i = 0; i + 2 <= stem.length; i += 1) out.push(stem.slice(i, i + 2));
  return out;
}

const INITIALS = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';

/** 초성 of each Hangul syllable: 컨테이너 → ㅋㅌㅇㄴ. Other characters are dropped. */
export function initialsOf(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.charCodeAt(0) - 0xac00;
    if (code >= 0 && code < 11172) out += INITIALS[Math.floor(code / 588)];
  }
  return out;
}

/** Plurals fold to the singular so that images finds image; code-like words are left alone. */
export function foldLatin(word: string): string {
  if (word.length >= 4 && /^[a-z]+$/.test(word) && word.endsWith('s') && !/[siu]s$/.test(word)) {
    return word.slice(0, -1);
  }
  return word;
}

// A Hangul run, a run of compatibility consonants (a 초성 query), or a code
// word: letters and digits joined by the punctuation paths, versions and flags
// use, with an optional leading `/`, `~/`, `./`, `--` or `$`.
const NOT_HANGUL_WORD_CHAR = String.raw`(?:(?!\p{Script=Hangul})[\p{L}\p{N}])`;
const WORD_PATTERN = new RegExp(
  String.raw`([\uAC00-\uD7A3]+)|([\u3131-\u314E]+)|([/.~$@-]*${NOT_HANGUL_WORD_CHAR}+(?:[._/\-:+#@~=]+${NOT_HANGUL_WORD_CHAR}+)*)`,
  'gu',
);
const PART_PATTERN = /[\p{L}\p{N}]+/gu;

/**
 * Splits NFC text into words. A Korean run glued to the end of a code word
 * (Docker가, overlay2는) is a particle when it strips away entirely, and is dropped.
 */
export function words(text: string): Word[] {
  const out: Word[] = [];
  let previousEnd = -1;
  for (const match of text.matchAll(WORD_PATTERN)) {
    const start = match.index;
    const raw = match[0];
    const end = start + raw.length;
    const glued = start === previousEnd;
    previousEnd = end;
    const surface = raw.toLowerCase();
    if (match[1] !== undefined) {
      const previous = out.at(-1);
      if (glued && previous?.kind === 'code' && ENDING_SET.has(surface)) continue;
      const stem = stripEndings(surface);
      out.push({kind: 'hangul', surface, stem, key: surface, stemKey: stem, start, end: start + stem.length});
    } else if (match[2] !== undefined) {
      out.push({kind: 'initials', surface, stem: surface, key: surface, stemKey: surface, start, end});
    } else {
      const key = compact(surface);
      out.push({kind: 'code', surface, stem: surface, key, stemKey: key, start, end});
    }
  }
  return out;
}

/** Letters and digits only: the spacing- and punctuation-free form of a word. */
export function compact(text: string): string {
  return text.replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * The key a run of words is looked up by in the alias table: words joined
 * without spaces, the last one by its stem, so 가상 머신은 and 가상머신 meet.
 */
export function compactKey(run: readonly Word[]): string {
  return run.map((word, i) => (i === run.length - 1 ? word.stemKey : word.key)).join('');
}

export const CANONICAL_PREFIX = '§';

/** Builds the alias table; a spelling claimed by two terms belongs to neither. */
export function buildAliasTable(groups: readonly AliasGroup[]): AliasTable {
  const owners = new Map<string, Set<string>>();
  for (const {id, forms} of groups) {
    for (const form of forms) {
      const key = compactKey(words(form.normalize('NFC')));
      if (key === '') continue;
      const ids = owners.get(key) ?? new Set<string>();
      ids.add(id);
      owners.set(key, ids);
    }
  }
  const table = new Map<string, string>();
  for (const [key, ids] of owners) {
    const [id] = [...ids];
    if (ids.size === 1 && id !== undefined) table.set(key, `${CANONICAL_PREFIX}${id}`);
  }
  return table;
}

const MAX_ALIAS_WORDS = 6;

export type AliasMatch = {term: string; from: number; to: number};

/** Every run of up to six consecutive words whose key is a glossary spelling. */
export function aliasMatches(list: readonly Word[], aliases: AliasTable): AliasMatch[] {
  const out: AliasMatch[] = [];
  for (let from = 0; from < list.length; from += 1) {
    let prefix = '';
    for (let to = from; to < list.length && to - from < MAX_ALIAS_WORDS; to += 1) {
      const word = list[to];
      if (!word || word.kind === 'initials') break;
      const term = aliases.get(prefix + word.stemKey);
      if (term) out.push({term, from, to});
      prefix += word.key;
    }
  }
  return out;
}

export type CodeTerms = {whole?: string; parts: {term: string; start: number; length: number}[]};

/** A code word's parts (two characters or more, plurals folded) and, if it has more than one, its whole form. */
export function codeTerms(word: Word): CodeTerms {
  const parts: CodeTerms['parts'] = [];
  for (const match of word.surface.matchAll(PART_PATTERN)) {
    if (match[0].length < 2) continue;
    parts.push({term: foldLatin(match[0]), start: word.start + match.index, length: match[0].length});
  }
  const single = parts.length === 1 && parts[0]?.length === word.surface.length;
  return single || parts.length === 0 ? {parts} : {whole: word.surface, parts};
}

/** Index terms of the words themselves: Korean bigrams, code parts and whole code words. */
export function wordTokens(list: readonly Word[]): IndexToken[] {
  const out: IndexToken[] = [];
  for (const word of list) {
    if (word.kind === 'hangul') {
      bigrams(word.stem).forEach((term, i) => out.push({term, start: word.start + i, length: 2}));
    } else if (word.kind === 'code') {
      const {whole, parts} = codeTerms(word);
      out.push(...parts);
      if (whole) out.push({term: whole, start: word.start, length: word.end - word.start});
    }
  }
  return out;
}

/** Canonical terms of the glossary spellings in a text, spanning the spelling. */
export function aliasTokens(list: readonly Word[], aliases: AliasTable): IndexToken[] {
  return aliasMatches(list, aliases).flatMap(({term, from, to}) => {
    const first = list[from];
    const last = list[to];
    return first && last ? [{term, start: first.start, length: last.end - first.start}] : [];
  });
}

/** The terms stored in the index for a text, with where they are (for highlighting). */
export function indexTokens(text: string, aliases: AliasTable): IndexToken[] {
  const list = words(text);
  return [...wordTokens(list), ...aliasTokens(list, aliases)];
}
