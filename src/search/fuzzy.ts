/**
 * Typo tolerance: how far apart two spellings are, and how far a reader may
 * stray. Pure functions, shared by the query parser (in the search worker)
 * and the unit tests.
 *
 * Korean is compared key by key as it is typed on the standard two-set
 * (두벌식) keyboard: a syllable is its 초성, 중성 and 종성, and a compound
 * vowel or final consonant is the two keys that make it (ㅟ = ㅜ ㅣ, ㄺ = ㄹ ㄱ).
 * So 런타입 and 런타임 differ by one key (ㅂ/ㅁ), 캐쉬 and 캐시 by one (ㅜ),
 * and 컨테인어 (a final consonant typed onto the wrong syllable) is one key
 * from 컨테이너. Latin words are compared letter by letter. Both count a
 * swap of two neighbours (contianerd) as one edit.
 */

const CHOSEONG = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
const JUNGSEONG = [
  'ㅏ',
  'ㅐ',
  'ㅑ',
  'ㅒ',
  'ㅓ',
  'ㅔ',
  'ㅕ',
  'ㅖ',
  'ㅗ',
  'ㅗㅏ',
  'ㅗㅐ',
  'ㅗㅣ',
  'ㅛ',
  'ㅜ',
  'ㅜㅓ',
  'ㅜㅔ',
  'ㅜㅣ',
  'ㅠ',
  'ㅡ',
  'ㅡㅣ',
  'ㅣ',
];
const JONGSEONG = [
  '',
  'ㄱ',
  'ㄲ',
  'ㄱㅅ',
  'ㄴ',
  'ㄴㅈ',
  'ㄴㅎ',
  'ㄷ',
  'ㄹ',
  'ㄹㄱ',
  'ㄹㅁ',
  'ㄹㅂ',
  'ㄹㅅ',
  'ㄹㅌ',
  'ㄹㅍ',
  'ㄹㅎ',
  'ㅁ',
  'ㅂ',
  'ㅂㅅ',
  'ㅅ',
  'ㅆ',
  'ㅇ',
  'ㅈ',
  'ㅊ',
  'ㅋ',
  'ㅌ',
  'ㅍ',
  'ㅎ',
];
const SYLLABLE_BASE = 0xac00;
const SYLLABLE_COUNT = 11172;

/** The keys that type a text on the two-set keyboard: 런타임 → ㄹㅓㄴㅌㅏㅇㅣㅁ. Other characters stay as they are. */
export function jamoKeys(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.charCodeAt(0) - SYLLABLE_BASE;
    if (code < 0 || code >= SYLLABLE_COUNT) {
      out += char;
      continue;
    }
    out += CHOSEONG[Math.floor(code / 588)] ?? '';
    out += JUNGSEONG[Math.floor((code % 588) / 28)] ?? '';
    out += JONGSEONG[code % 28] ?? '';
  }
  return out;
}

/**
 * Edits (insert, delete, replace, or swap two neighbours) that turn `a` into
 * `b`; `Infinity` as soon as it is certain to exceed `max`. Works on UTF-16
 * units, which is what jamo keys and Latin words are made of.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return Infinity;
  // Rows over b for each character of a: the restricted Damerau-Levenshtein (optimal string alignment) recurrence.
  let before: number[] = [];
  let previous = Array.from({length: b.length + 1}, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      const same = a.charCodeAt(i - 1) === b.charCodeAt(j - 1);
      let cost = Math.min((previous[j] ?? Infinity) + 1, (current[j - 1] ?? Infinity) + 1, (previous[j - 1] ?? Infinity) + (same ? 0 : 1));
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        cost = Math.min(cost, (before[j - 2] ?? Infinity) + 1);
      }
      current[j] = cost;
      rowMin = Math.min(rowMin, cost);
    }
    if (rowMin > max) return Infinity;
    before = previous;
    previous = current;
  }
  const distance = previous[b.length] ?? Infinity;
  return distance <= max ? distance : Infinity;
}

/**
 * Edits a word may be off by and still be recognised: none for short words,
 * which would otherwise match everything, one from four keys, two from the
 * length of a long word. Latin: ctr 0, runc 1, kubernetes 2. Korean, in keys:
 * 런 (3) 0, 캐쉬 (5) 1, 런타입 (8) 1, 쿠바네티스 (10) 2.
 */
export function allowedEdits(keys: string, script: 'latin' | 'hangul'): number {
  const twoFrom = script === 'latin' ? 8 : 10;
  if (keys.length < 4) return 0;
  return keys.length < twoFrom ? 1 : 2;
}

export type Correction = {word: string; distance: number};

/** How common a word is in the index: the tie-breaker between equally close words. */
export type Frequency = (word: string) => number;

type Entry = {word: string; keys: string};

/**
 * The words of one script an index knows, searched by edit distance. Small
 * enough (a few thousand words per docs version) to scan: words are grouped
 * by key length so that only those within reach are compared.
 */
export class Vocabulary {
  private readonly byLength = new Map<number, Entry[]>();
  private readonly known = new Set<string>();
  private readonly frequencies = new Map<string, number>();

  constructor(
    words: Iterable<string>,
    private readonly script: 'latin' | 'hangul',
    private readonly frequencyOf: Frequency,
  ) {
    for (const word of words) {
      if (this.known.has(word)) continue;
      this.known.add(word);
      const keys = script === 'hangul' ? jamoKeys(word) : word;
      const list = this.byLength.get(keys.length) ?? [];
      list.push({word, keys});
      this.byLength.set(keys.length, list);
    }
  }

  has(word: string): boolean {
    return this.known.has(word);
  }

  /** Every word, in no particular order. */
  *words(): Iterable<string> {
    for (const list of this.byLength.values()) for (const {word} of list) yield word;
  }

  private frequency(word: string): number {
    let frequency = this.frequencies.get(word);
    if (frequency === undefined) {
      frequency = this.frequencyOf(word);
      this.frequencies.set(word, frequency);
    }
    return frequency;
  }

  /** Words whose keys begin with the keys of `start` (a word still being typed), most frequent first. */
  completions(start: string, limit: number): string[] {
    const keys = this.script === 'hangul' ? jamoKeys(start) : start;
    const found: string[] = [];
    for (const [length, list] of this.byLength) {
      if (length <= keys.length) continue;
      for (const entry of list) if (entry.keys.startsWith(keys)) found.push(entry.word);
    }
    return found.sort((a, b) => this.frequency(b) - this.frequency(a) || (a < b ? -1 : 1)).slice(0, limit);
  }

  /**
   * The closest known word within the edits `word` allows (see
   * {@link allowedEdits}), the more frequent of equally close ones.
   * Undefined when none is close enough.
   */
  closest(word: string): Correction | undefined {
    const keys = this.script === 'hangul' ? jamoKeys(word) : word;
    const max = allowedEdits(keys, this.script);
    if (max === 0) return undefined;
    let best: Correction | undefined;
    for (const [length, list] of this.byLength) {
      if (Math.abs(length - keys.length) > max) continue;
      for (const entry of list) {
        if (entry.word === word) continue;
        const distance = editDistance(keys, entry.keys, best ? Math.min(max, best.distance) : max);
        if (distance === Infinity) continue;
        const better =
          !best ||
          distance < best.distance ||
          (distance === best.distance &&
            (this.frequency(entry.word) > this.frequency(best.word) ||
              (this.frequency(entry.word) === this.frequency(best.word) && entry.word < best.word)));
        if (better) best = {word: entry.word, distance};
      }
    }
    return best;
  }
}

/**
 * A sorted word list written compactly: each word as the number of leading
 * characters it shares with the one before, then the rest (컨테이너 컨테이너화
 * → "0컨테이너 4화"). For words without digits, such as Korean stems.
 */
export function frontCode(sortedWords: readonly string[]): string {
  let previous = '';
  return sortedWords
    .map((word) => {
      let shared = 0;
      while (shared < previous.length && shared < word.length && previous[shared] === word[shared]) shared += 1;
      previous = word;
      return `${shared}${word.slice(shared)}`;
    })
    .join(' ');
}

export function frontDecode(coded: string): string[] {
  if (coded === '') return [];
  let previous = '';
  return coded.split(' ').map((item) => {
    const [, shared = '0', rest = ''] = /^(\d+)(.*)$/s.exec(item) ?? [];
    previous = previous.slice(0, Number(shared)) + rest;
    return previous;
  });
}
