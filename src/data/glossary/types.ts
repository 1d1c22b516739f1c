/**
 * A spelling the current edition must not use for a term. A string means
 * "write the term's `ko` instead"; `{wrong, right}` names the replacement when
 * the rejected spelling is only part of the term (유니온 → 유니언 for
 * 유니언 파일시스템).
 */
export type AvoidedSpelling = string | {readonly wrong: string; readonly right: string};

/**
 * One entry of the glossary: the single place a term's spelling and definition
 * are written. The glossary page, the `<Term>` tooltips and the search all read it.
 */
export type GlossaryTerm = {
  /** Stable ASCII id (kebab-case): the `<Term id>` value and the anchor on /docs/glossary. */
  readonly id: string;
  /** The spelling the docs use in Korean prose (e.g. 컨테이너 런타임, or containerd where the docs keep English). */
  readonly ko: string;
  /** The English term, shown in parentheses at first mention. */
  readonly en: string;
  /** Other spellings readers search for: transliterations, abbreviations, common variants. */
  readonly aliases: readonly string[];
  /** One Korean sentence in 합니다체. */
  readonly definition: string;
  /** Doc id of the page that explains the term (path under docs/ without extension), optionally `#anchor`. */
  readonly doc: string;
  /**
   * Spellings the current edition (docs/, blog/, the site's Korean UI text)
   * must not use: `npm run check:content` rejects each with file:line and the
   * preferred spelling. List a spelling readers still search for in `aliases`
   * too, so the search keeps finding the page. The archived 1.0 edition keeps
   * its own words and is not checked against these.
   */
  readonly avoid?: readonly AvoidedSpelling[];
  /** When the preferred spelling applies, for writers: shown in the style guide's table and with the check's message. */
  readonly usage?: string;
};
