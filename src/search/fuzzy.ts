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
const JUNGSEONG = ['ㅏ', 'ㅐ', 'ㅑ', 'ㅒ', 'ㅓ', 'ㅔ', 'ㅕ', 'ㅖ', 'ㅗ', 'ㅗㅏ', 'ㅗㅐ', 'ㅗㅣ', 'ㅛ', 'ㅜ', 'ㅜㅓ', 'ㅜㅔ', 'ㅜㅣ', 'ㅠ', 'ㅡ', 'ㅡㅣ', 'ㅣ'];
const JONGSEONG = [
  '', 'ㄱ', 'ㄲ', 'ㄱㅅ', 'ㄴ', 'ㄴㅈ', 'ㄴㅎ', 'ㄷ', 'ㄹ', 'ㄹㄱ', 'ㄹㅁ', 'ㄹㅂ', 'ㄹㅅ', 'ㄹㅌ', 'ㄹㅍ', 'ㄹㅎ', 'ㅁ', 'ㅂ', 'ㅂㅅ',
  'ㅅ', 'ㅆ', 'ㅇ', 'ㅈ', 'ㅊ', 'ㅋ', 'ㅌ', 'ㅍ', 'ㅎ',
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

/** A word the index knows, with how often it occurs (the tie-breaker between equally close words). */
export type VocabularyWord = {word: string; keys: string; frequency: number};

export type Correction = {word: string; distance: number};

/**
 * The words of one script an index knows, searched by edit distance. Small
 * enough (a few thousand words per docs version) to scan: words are grouped
 * by key length so that only those within reach are compared.
 */
export class Vocabulary {
  private readonly byLength = new Map<number, VocabularyWord[]>();
  private readonly known = new Set<string>();

  constructor(
    entries: Iterable<{word: string; frequency: number}>,
    private readonly script: 'latin' | 'hangul',
  ) {
    for (const {word, frequency} of entries) {
      if (this.known.has(word)) continue;
      this.known.add(word);
      const keys = script === 'hangul' ? jamoKeys(word) : word;
      const list = this.byLength.get(keys.length) ?? [];
      list.push({word, keys, frequency});
      this.byLength.set(keys.length, list);
    }
  }

  has(word: string): boolean {
    return this.known.has(word);
  }

  /** Every word, in no particular order. */
  *words(): Iterable<VocabularyWord> {
    for (const list of this.byLength.values()) yield* list;
  }

  /** Words whose keys begin with the keys of `start` (a word still being typed), most frequent first. */
  completions(start: string, limit: number): string[] {
    const keys = this.script === 'hangul' ? jamoKeys(start) : start;
    const found: VocabularyWord[] = [];
    for (const [length, list] of this.byLength) {
      if (length <= keys.length) continue;
      for (const entry of list) if (entry.keys.startsWith(keys)) found.push(entry);
    }
    return found
      .sort((a, b) => b.frequency - a.frequency || (a.word < b.word ? -1 : 1))
      .slice(0, limit)
      .map((entry) => entry.word);
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
    let best: (Correction & {frequency: number}) | undefined;
    for (const [length, list] of this.byLength) {
      if (Math.abs(length - keys.length) > max) continue;
      for (const entry of list) {
        if (entry.word === word) continue;
        const distance = editDistance(keys, entry.keys, best ? Math.min(max, best.distance) : max);
        if (distance === Infinity) continue;
        if (!best || distance < best.distance || (distance === best.distance && entry.frequency > best.frequency)) {
          best = {word: entry.word, distance, frequency: entry.frequency};
        }
      }
    }
    return best && {word: best.word, distance: best.distance};
  }
}
