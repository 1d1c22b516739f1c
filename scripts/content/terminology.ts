import type {GlossaryTerm} from '../../src/data/glossary/types';

export type SpellingRule = {wrong: string; right: string; termId: string};

const HANGUL_ONLY = /^[\p{Script=Hangul}\s-]+$/u;

/**
 * Spelling rules generated from the glossary, so they cannot drift from it:
 * a Korean alias that spells the term (or its leading words) with different
 * spacing is a variant the docs must not use, e.g. 컨테이너런타임 → 컨테이너 런타임.
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
          rules.push({wrong: alias, right, termId: term.id});
          break;
        }
      }
    }
  }
  return rules;
}

/** Finds rule violations in one line of prose (code spans and link targets excluded). */
export function misspellings(line: string, rules: readonly SpellingRule[]): SpellingRule[] {
  const prose = line.replace(/`[^`]*`/g, ' ').replace(/\]\([^)]*\)/g, ']').replace(/\{#[^}]*\}/g, ' ');
  return rules.filter((rule) => prose.includes(rule.wrong));
}
