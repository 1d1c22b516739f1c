/**
 * `@easyops-cn/docusaurus-search-local`, with Korean-aware search. Everything
 * the plugin does (extracting documents from the built pages, one index per
 * docs version, the navbar box and the /search page) is kept; two things are
 * added:
 *
 * - postBuild: once the plugin has written build/**\/search-index*.json, each
 *   file is rebuilt from the plugin's own documents with our analyzer.
 * - configureWebpack: the plugin's search worker is swapped for ours, which
 *   analyses queries the same way and ranks pages. (Patches of the plugin's
 *   page and box are in the optimization layer: src/optimizations.)
 */
import {readdir, readFile, writeFile} from 'node:fs/promises';
import {createRequire} from 'node:module';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import type {LoadContext, OptionValidationContext, Plugin} from '@docusaurus/types';
import type {PluginOptions} from '@easyops-cn/docusaurus-search-local';
import {glossary} from '../data/glossary';
import type {AliasGroup} from './analyzer';
import {buildIndexFile, type BuildOptions, type PluginIndexFile} from './searchIndex';

const require = createRequire(import.meta.url);

type SearchLocalModule = {
  default: (context: LoadContext, options: PluginOptions) => Plugin;
  validateOptions: (context: OptionValidationContext<PluginOptions, PluginOptions>) => PluginOptions;
};
const searchLocal = require('@easyops-cn/docusaurus-search-local') as SearchLocalModule;
const pluginWorker = require.resolve('@easyops-cn/docusaurus-search-local/dist/client/client/theme/worker.js');
const ourWorker = fileURLToPath(new URL('./worker.ts', import.meta.url));

export const validateOptions = searchLocal.validateOptions;

/** Every spelling the glossary knows for each term. */
export function glossaryAliases(): AliasGroup[] {
  return glossary.map(({id, ko, en, aliases}) => ({id, forms: [ko, en, ...aliases]}));
}

/** Rebuilds every search index the plugin wrote under `outDir`; returns the files rewritten. */
export async function rewriteSearchIndexes(outDir: string, options: BuildOptions): Promise<string[]> {
  const files = (await readdir(outDir, {recursive: true}))
    .filter((file) => /^search-index.*\.json$/.test(path.basename(file)))
    .map((file) => path.join(outDir, file));
  const rewritten: string[] = [];
  for (const file of files) {
    const json = JSON.parse(await readFile(file, 'utf8')) as unknown;
    // Another locale's build lives below this one's and may be rewritten already.
    if (!Array.isArray(json)) continue;
    await writeFile(file, JSON.stringify(buildIndexFile(json as PluginIndexFile, options)));
    rewritten.push(file);
  }
  return rewritten;
}

function siteKeywords({siteConfig}: LoadContext): string | undefined {
  const metadata = (siteConfig.themeConfig as {metadata?: {name?: string; content?: string}[]}).metadata ?? [];
  return metadata.find((tag) => tag.name === 'keywords')?.content;
}

/** Blog posts, and the glossary page of every docs version. */
function isSecondaryPage({baseUrl}: LoadContext, options: PluginOptions): (url: string) => boolean {
  const routes = (base: string | string[]) => [base].flat().map((route) => `${baseUrl}${route.replace(/^\/|\/$/g, '')}/`);
  const blog = routes(options.blogRouteBasePath ?? '/blog');
  const docs = routes(options.docsRouteBasePath ?? '/docs');
  return (url) => blog.some((route) => url.startsWith(route)) || (url.endsWith('/glossary') && docs.some((route) => url.startsWith(route)));
}

export default function koreanSearchLocal(context: LoadContext, options: PluginOptions): Plugin {
  const plugin = searchLocal.default(context, options);
  return {
    ...plugin,
    configureWebpack(config, isServer, utils, content) {
      const own = plugin.configureWebpack?.(config, isServer, utils, content) ?? {};
      const replaceWorker = new utils.currentBundler.instance.NormalModuleReplacementPlugin(/worker\.js$/, (resource) => {
        if (path.resolve(resource.context, resource.request) === pluginWorker) resource.request = ourWorker;
      });
      return {...own, plugins: [...(own.plugins ?? []), replaceWorker]};
    },
    async postBuild(props) {
      await plugin.postBuild?.(props);
      const files = await rewriteSearchIndexes(props.outDir, {
        baseUrl: context.baseUrl,
        aliases: glossaryAliases(),
        siteKeywords: siteKeywords(context),
        isSecondary: isSecondaryPage(context, options),
      });
      console.log(`[search] rebuilt ${files.length} search index file(s) with the Korean analyzer`);
    },
  };
}
