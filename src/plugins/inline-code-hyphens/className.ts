/** The class of the span that keeps a command-line option in inline code on one line (./remark.ts, src/css/custom.css). */
export const UNBROKEN_CLASS = 'code-unbroken';
