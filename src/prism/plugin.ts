import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {ThemeConfig} from '@docusaurus/theme-common';
import {prismThemeCss} from './css';

const clientPrism = fileURLToPath(new URL('./clientPrism.ts', import.meta.url));

/**
 * Build-time code highlighting, the site half: the colour stylesheet made
 * from `themeConfig.prism`, and a browser bundle without Prism. The Markdown
 * half is remark.ts; the theme half is src/theme/CodeBlock.
 */
export default function buildTimeHighlighting(context: LoadContext): Plugin {
  const {prism} = context.siteConfig.themeConfig as ThemeConfig;
  if (prism.additionalLanguages.length > 0) {
    throw new Error(
      'docusaurus.config.ts: themeConfig.prism.additionalLanguages must be empty, because code is highlighted at build time. ' +
        'List the languages in the remark highlighting options instead.',
    );
  }
  const stylesheet = path.join(context.generatedFilesDir, 'prism-theme', 'prism-theme.css');
  mkdirSync(path.dirname(stylesheet), {recursive: true});
  writeFileSync(stylesheet, prismThemeCss(prism.theme, prism.darkTheme ?? prism.theme));
  return {
    name: 'build-time-highlighting',
    getClientModules: () => [stylesheet],
    configureWebpack: (_config, isServer) =>
      isServer ? {} : {resolve: {alias: {'prism-react-renderer$': clientPrism}}},
  };
}
