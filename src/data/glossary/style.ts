/**
 * Spelling rules that are not about one term: word endings and the like. The
 * glossary (./terms.ts) settles terms; these settle the rest of the
 * vocabulary, and the same check (`npm run check:content`) enforces both in
 * the current edition. The style guide's table lists them (`npm run terms:update`).
 */
export type StyleRule = {
  /** Stable ASCII id, named in the check's message. */
  readonly id: string;
  /** What the rule is about, for the style guide's table. */
  readonly topic: string;
  /** The form to write, with an example. */
  readonly write: string;
  /** The form the check rejects, with an example. */
  readonly avoid: string;
  /** Why this form, in one 합니다체 sentence. */
  readonly why: string;
  /** Finds the rejected form in a line of prose; must be global (`g`). */
  readonly pattern: RegExp;
  /** The preferred form of one match. */
  readonly fix: (found: string) => string;
};

export const styleRules: readonly StyleRule[] = [
  {
    id: 'imperative',
    topic: '독자에게 권하는 말의 끝',
    write: '-세요 (확인하세요, 읽어 보세요)',
    avoid: '-십시오 (확인하십시오, 읽어 보십시오)',
    why: '합니다체 설명 사이에서도 딱딱하지 않게 읽히고, 사이트의 안내 문구와 README가 이미 -세요를 씁니다.',
    pattern: /[가-힣]+십시오/g,
    fix: (found) => found.replace(/십시오$/, '세요'),
  },
];
