/**
 * Highlights fenced code blocks at build time. Each block's tokens travel to
 * the page as a `tokens` prop of its <code> element, so the browser neither
 * downloads Prism nor tokenizes anything while the page starts.
 */
import {createRequire} from 'node:module';
import {normalizeTokens, Prism} from 'prism-react-renderer';
import {nodesWhere, whereIs, type MdastNode, type VFileLike} from '../../lib/remarkTree';
import {encodeLines} from './tokens';

const require = createRequire(import.meta.url);

type CodeNode = MdastNode & {
  type: 'code';
  lang?: string | null;
  value: string;
  data?: {hProperties?: Record<string, unknown>};
};
const isCode = (node: MdastNode): node is CodeNode => node.type === 'code';

export type RemarkHighlightOptions = {
  /** Grammars to load from prismjs/components on top of prism-react-renderer's own. */
  languages: readonly string[];
};

function loadLanguages(languages: readonly string[]): void {
  // Prism's component files register themselves on a global Prism.
  const previous = (globalThis as {Prism?: unknown}).Prism;
  (globalThis as {Prism?: unknown}).Prism = Prism;
  try {
    for (const language of languages) {
      if (!Prism.languages[language]) require(`prismjs/components/prism-${language}`);
    }
  } finally {
    (globalThis as {Prism?: unknown}).Prism = previous;
  }
}

export function highlight(code: string, language: string): ReturnType<typeof normalizeTokens> | undefined {
  const grammar = Prism.languages[language];
  if (!grammar) return undefined;
  // The theme drops the final line break before showing the code.
  return normalizeTokens(Prism.tokenize(code.replace(/\r?\n$/, ''), grammar));
}

export default function remarkHighlight({languages}: RemarkHighlightOptions) {
  loadLanguages(languages);
  return (tree: MdastNode, file: VFileLike): void => {
    for (const node of nodesWhere(tree, isCode)) {
      const language = node.lang?.toLowerCase() ?? 'text';
      const lines = highlight(node.value, language);
      if (!lines) {
        throw new Error(
          `${whereIs(file, node)}: code block language "${node.lang}" has no Prism grammar. ` +
            'Use a language Prism knows (text for none), or add it to the highlighting languages in docusaurus.config.ts.',
        );
      }
      node.data = {...node.data, hProperties: {...node.data?.hProperties, tokens: JSON.stringify(encodeLines(lines))}};
    }
  };
}
