declare module '@generated/@easyops-cn/docusaurus-search-local/default/generated-constants.js' {
  /** `search-index{dir}.json`, with `?_=<content hash>` when the plugin's `hashed` option is on. */
  export const searchIndexUrl: string;
}
