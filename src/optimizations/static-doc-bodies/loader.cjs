// rspack loads loaders with Node's require, which cannot read TypeScript;
// jiti, the TypeScript loader Docusaurus itself uses, can.
const path = require('node:path');
const jiti = require('jiti')(__filename, {interopDefault: true});
const {markIslands, thinContentModule} = jiti('./thinModule.ts');

/** Runs after the mdx-loader on a doc (./plugin.ts): the browser's copy loses its body, the server's marks its islands. */
module.exports = function staticDocLoader(source) {
  const file = path.relative(this.rootContext, this.resourcePath);
  return this.getOptions().bundle === 'browser' ? thinContentModule(source, file) : markIslands(source, file);
};
