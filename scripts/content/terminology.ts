import type {AvoidedSpelling, GlossaryTerm} from '../../src/data/glossary/types';
import type {StyleRule} from '../../src/data/glossary/style';

/**
 * One spelling the docs must not use. `spacing` rules hold in every edition
 * (the archived 1.0 text was written with the glossary's spacing); `avoid` and
 * `style` rules are the current edition's vocabulary, which the archived text
 * predates.
 */
export type SpellingRule = {
  kind: 'spacing' | 'avoid';
  wrong: string;
  right: string;
  termId: string;
  /** When the preferred spelling applies, if the glossary says (term.usage). */
  usage?: string;
};

/** A rule broken in a line: what was written and what to write instead. */
export type Misspelling = {
  wrong: string;
  right: string;
  /** Where the rule lives, for the message: `term "…"` or `style rule "…"`. */
  source: string;
  usage?: string;
};

const HANGUL_ONLY = /^[\p{Script=Hangul}\s-]+$/u;
const HANGUL_SYLLABLE = /[가-힣]/;

export const avoidedPair = (term: GlossaryTerm, avoided: AvoidedSpelling): {wrong: string; right: string} =>
  typeof avoided === 'string' ? {wrong: avoided, right: term.ko} : avoided;

/**
 * Spelling rules generated from the glossary, so they cannot drift from it:
 * a Korean alias that spells the term (or its leading words) with different
 * spacing is a variant the docs must not use, e.g. 컨테이너런타임 → 컨테이너 런타임;
 * and every spelling a term lists in `avoid` (아카이브 → 보관).
 * Transliterations and abbreviations stay allowed: readers search with them.
 */
export function spellingRules(glossary: readonly GlossaryTerm[]): SpellingRule[] {
  const rules: SpellingRule[] = [];
  for (const term of glossary) {
    const words = term.ko.split(/\s+/);
    for (const alias of term.aliases) {
      if (!HANGUL_ONLY.test(alias)) continue;
      for (let count = words.length; count >= 1; count -= 1) {
        const right = words.slice(0, count).join(' ');
        if (alias !== right && alias.replace(/\s/g, '') === right.replace(/\s/g, '')) {
          rules.push({kind: 'spacing', wrong: alias, right, termId: term.id});
          break;
        }
      }
    }
    for (const avoided of term.avoid ?? []) {
      rules.push({kind: 'avoid', ...avoidedPair(term, avoided), termId: term.id, ...(term.usage ? {usage: term.usage} : {})});
    }
  }
  return rules;
}

/** A line of prose without what is not prose: code spans, link targets, heading ids. */
export function proseOf(line: string): string {
  return line
    .replace(/`[^`]*`/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/\{#[^}]*\}/g, ' ');
}

/**
 * Whether `wrong` occurs in `prose` as a word of its own on the left: 부 버전 is
 * the rejected spelling of 마이너 버전, but 일부 버전 (some versions) is not it.
 */
function occursAsWord(prose: string, wrong: string): boolean {
  for (let at = prose.indexOf(wrong); at !== -1; at = prose.indexOf(wrong, at + 1)) {
    if (at === 0 || !HANGUL_SYLLABLE.test(prose[at - 1]!)) return true;
  }
  return false;
}

/**
 * Finds rule violations in one line of prose (code spans and link targets
 * excluded, unless the line is `raw` source code). `current` is false for the
 * archived edition, which only the spacing rules apply to.
 */
export function misspellings(
  line: string,
  rules: readonly SpellingRule[],
  options: {current?: boolean; styleRules?: readonly StyleRule[]; raw?: boolean} = {},
): Misspelling[] {
  const current = options.current ?? true;
  // Source code (raw) has template literals in backticks: only Markdown loses its code spans.
  const prose = options.raw ? line : proseOf(line);
  const found: Misspelling[] = [];
  for (const rule of rules) {
    if (rule.kind === 'avoid' && !current) continue;
    const hit = rule.kind === 'spacing' ? prose.includes(rule.wrong) : occursAsWord(prose, rule.wrong);
    if (hit)
      found.push({wrong: rule.wrong, right: rule.right, source: `term "${rule.termId}"`, ...(rule.usage ? {usage: rule.usage} : {})});
  }
  if (current) {
    for (const style of options.styleRules ?? []) {
      for (const match of prose.matchAll(style.pattern)) {
        found.push({wrong: match[0], right: style.fix(match[0]), source: `style rule "${style.id}"`});
      }
    }
  }
  return found;
}

/** The check's message for one violation. */
export function misspellingMessage(misspelling: Misspelling): string {
  const where = misspelling.source.startsWith('term') ? 'src/data/glossary/terms.ts' : 'src/data/glossary/style.ts';
  const usage = misspelling.usage ? `; ${misspelling.usage}` : '';
  return `write "${misspelling.right}", not "${misspelling.wrong}" (the spelling in ${where}, ${misspelling.source})${usage}`;
}
