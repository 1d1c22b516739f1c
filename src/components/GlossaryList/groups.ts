import type {GlossaryTerm} from '@site/src/data/glossary';

export type GlossaryGroup = {
  /** ASCII anchor of the group's heading, e.g. `group-giyeok` for ㄱ. */
  readonly id: string;
  /** What the index shows: a Hangul initial consonant or a Latin capital. */
  readonly label: string;
  readonly terms: readonly GlossaryTerm[];
};

// The 14 groups of a Korean dictionary, each with its jamo's name for the anchor;
// the tense consonants (ㄲ ㄸ ㅃ ㅆ ㅉ) are filed under their plain partner.
const CONSONANTS = [
  ['ㄱ', 'giyeok'],
  ['ㄴ', 'nieun'],
  ['ㄷ', 'digeut'],
  ['ㄹ', 'rieul'],
  ['ㅁ', 'mieum'],
  ['ㅂ', 'bieup'],
  ['ㅅ', 'siot'],
  ['ㅇ', 'ieung'],
  ['ㅈ', 'jieut'],
  ['ㅊ', 'chieut'],
  ['ㅋ', 'kieuk'],
  ['ㅌ', 'tieut'],
  ['ㅍ', 'pieup'],
  ['ㅎ', 'hieut'],
] as const;
const INITIALS = 'ㄱㄱㄴㄷㄷㄹㅁㅂㅂㅅㅅㅇㅈㅈㅊㅋㅌㅍㅎ';
const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;
const SYLLABLES_PER_INITIAL = 21 * 28;

/**
 * Where a character sorts in Korean dictionary order: spaces, punctuation and
 * digits, then Hangul, then Latin, as Korean collation reorders the scripts.
 */
function rank(code: number): number {
  if (code >= HANGUL_FIRST && code <= HANGUL_LAST) return 0x1000 + code;
  if (code >= 0x61 && code <= 0x7a) return 0x10000 + code;
  return code;
}

/**
 * 가나다 order without Intl.Collator, which the page would otherwise load
 * during hydration (25 ms or more on a phone). Precomposed Hangul syllables
 * are encoded in dictionary order, so ranking code units sorts Korean as the
 * collator does; Latin compares case-insensitively, lower case first on a
 * tie. A unit test holds the result to the collator's on the real glossary.
 */
export function compareDictionary(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  for (let i = 0; i < Math.min(x.length, y.length); i += 1) {
    const difference = rank(x.charCodeAt(i)) - rank(y.charCodeAt(i));
    if (difference !== 0) return difference;
  }
  if (x.length !== y.length) return x.length - y.length;
  return a === b ? 0 : a < b ? 1 : -1;
}

/** The index label a Korean term is filed under: ㄱ…ㅎ, A…Z, or 기타. */
export function initialOf(ko: string): string {
  const code = ko.codePointAt(0) ?? 0;
  if (code >= HANGUL_FIRST && code <= HANGUL_LAST) {
    return INITIALS[Math.floor((code - HANGUL_FIRST) / SYLLABLES_PER_INITIAL)]!;
  }
  const letter = ko.charAt(0).toUpperCase();
  return /[A-Z]/.test(letter) ? letter : '기타';
}

function groupId(label: string): string {
  const consonant = CONSONANTS.find(([jamo]) => jamo === label);
  if (consonant) return `group-${consonant[1]}`;
  return label === '기타' ? 'group-other' : `group-${label.toLowerCase()}`;
}

/** Sorts the terms 가나다 (Hangul before Latin, as a Korean dictionary does) and groups them by initial. */
export function groupGlossary(terms: readonly GlossaryTerm[]): GlossaryGroup[] {
  const order = [...CONSONANTS.map(([jamo]) => jamo), ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '기타'];
  const byLabel = new Map<string, GlossaryTerm[]>();
  for (const term of terms) {
    const label = initialOf(term.ko);
    byLabel.set(label, [...(byLabel.get(label) ?? []), term]);
  }
  return order.flatMap((label) => {
    const members = byLabel.get(label);
    if (!members) return [];
    const sorted = members.sort((a, b) => compareDictionary(a.ko, b.ko) || compareDictionary(a.en, b.en));
    return [{id: groupId(label), label, terms: sorted}];
  });
}
