/** The class of the span that keeps a hyphenated word of inline code on one line (./remark.ts, src/css/custom.css). */
export const UNBROKEN_CLASS = 'code-unbroken';
