import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {ThemeConfig} from '@docusaurus/theme-common';
import {here} from '../pinned/replacement';
import {prismThemeCss} from './css';

/**
 * Build-time code highlighting: the colour stylesheet made from
 * `themeConfig.prism`, a browser bundle without Prism, and the theme's code
 * block drawing the build's tokens (./theme) with buttons that are markup
 * and one client module. The Markdown half is ./remark.ts, which the layer
 * adds to the content plugins' remark plugins (../layer.ts).
 */
export default function buildTimeHighlighting(context: LoadContext): Plugin {
  const {prism} = context.siteConfig.themeConfig as ThemeConfig;
  if (prism.additionalLanguages.length > 0) {
    throw new Error(
      'docusaurus.config.ts: themeConfig.prism.additionalLanguages must be empty while code is highlighted at build time ' +
        '(src/optimizations/layer.ts gives it the languages only when this unit is off).',
    );
  }
  const stylesheet = path.join(context.generatedFilesDir, 'prism-theme', 'prism-theme.css');
  mkdirSync(path.dirname(stylesheet), {recursive: true});
  writeFileSync(stylesheet, prismThemeCss(prism.theme, prism.darkTheme ?? prism.theme));
  return {
    name: 'optimization-build-time-highlighting',
    getThemePath: () => here(import.meta.url, './theme'),
    getClientModules: () => [stylesheet, here(import.meta.url, './theme/CodeBlock/Buttons/behaviour.ts')],
    configureWebpack: (_config, isServer) =>
      isServer ? {} : {resolve: {alias: {'prism-react-renderer$': here(import.meta.url, './clientPrism.ts')}}},
  };
}
