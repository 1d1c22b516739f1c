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
};
