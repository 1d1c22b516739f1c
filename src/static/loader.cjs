// rspack loads loaders with Node's require, which cannot read TypeScript;
// jiti, the TypeScript loader Docusaurus itself uses, can.
const path = require('node:path');
const jiti = require('jiti')(__filename, {interopDefault: true});
const {thinContentModule} = jiti('./thinModule.ts');

/** Runs after the mdx-loader on a doc, in the browser build only (./plugin.ts). */
module.exports = function staticDocLoader(source) {
  return thinContentModule(source, path.relative(this.rootContext, this.resourcePath));
};
