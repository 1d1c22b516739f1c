/**
 * Replaces theme-classic's registration of `additionalLanguages` on the
 * browser's Prism. Code is highlighted at build time (src/optimizations/build-time-highlighting/remark.ts), so
 * the browser has no grammars to register, and the original's dynamic
 * `require` of prismjs/components would bundle Prism's whole language index.
 */
export default function prismIncludeLanguages(): void {}
