import type {Plugin} from '@docusaurus/types';
import {compileHintsFor} from './compileHints';

/** main.js compiled off the main thread while it streams in (./compileHints.ts). */
export default function compileHints(): Plugin {
  return {
    name: 'optimization-compile-hints',
    configureWebpack: (_config, isServer) => (isServer ? {} : {plugins: [compileHintsFor(['main'])]}),
  };
}
