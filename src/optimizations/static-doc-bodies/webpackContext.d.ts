// rspack's (and webpack's) build-time module context; see ./styles.ts.
interface ImportMeta {
  webpackContext(request: string, options: {recursive?: boolean; regExp?: RegExp; mode?: 'sync' | 'lazy'}): unknown;
}
