import type {Compiler, WebpackPluginInstance} from 'webpack';

/**
 * V8's explicit compile hint: a file that starts with this comment has every
 * function compiled while the script streams in, on a background thread.
 * Without it V8 compiles each function on the main thread when it is first
 * called, and nearly all of main.js (React DOM, the router, the layout) is
 * called before the page is interactive: about a third of its evaluation task.
 * https://v8.dev/blog/explicit-compile-hints
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/**
 * Puts the compile hint at the top of the named chunks' scripts, after
 * minification, which would drop the comment. The hint also goes into those
 * chunks' content hashes, so that changing it renames the files.
 */
export function compileHintsFor(chunkNames: readonly string[]): WebpackPluginInstance {
  return {
    apply(compiler: Compiler) {
      const {Compilation, javascript, sources} = compiler.webpack;
      compiler.hooks.thisCompilation.tap('compile-hints', (compilation) => {
        javascript.JavascriptModulesPlugin.getCompilationHooks(compilation).chunkHash.tap('compile-hints', (chunk, hash) => {
          if (chunk.name && chunkNames.includes(chunk.name)) hash.update(COMPILE_HINT);
        });
        compilation.hooks.processAssets.tap({name: 'compile-hints', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE}, () => {
          for (const name of chunkNames) {
            const chunk = compilation.namedChunks.get(name);
            if (!chunk) throw new Error(`src/optimizations/compile-hints/compileHints.ts: the build has no chunk named "${name}".`);
            for (const file of chunk.files) {
              if (file.endsWith('.js')) compilation.updateAsset(file, (source) => new sources.ConcatSource(COMPILE_HINT, source));
            }
          }
        });
      });
    },
  };
}
