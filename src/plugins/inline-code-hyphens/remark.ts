import {nodesWhere, type MdastNode} from '../../lib/remarkTree';
import {UNBROKEN_CLASS} from './className';

type InlineCode = MdastNode & {type: 'inlineCode'; value: string; data?: Record<string, unknown>};
type HastText = {type: 'text'; value: string};
type HastSpan = {type: 'element'; tagName: 'span'; properties: {className: string[]}; children: HastText[]};

/**
 * A command-line option: `--cap-drop`, `-v`, `--security-opt` (its name only, not a value after `=`), at the
 * start of the code or after a space, bracket or quote. Other hyphenated words (`no-new-privileges`) may break
 * at a hyphen, as words in prose do.
 */
const OPTION = /(?<=^|[\s(["'])--?[A-Za-z0-9][\w-]*/g;

/**
 * The pieces inline code is drawn as: command-line options in a span that
 * does not wrap, everything else as it was. Browsers may break a line after
 * any hyphen, and `--cap-drop` split as "--cap-" / "drop" in a narrow table
 * cell reads as two options. The theme would take code with element
 * children for a code block: src/theme/MDXComponents.tsx keeps it inline.
 */
export function inlineCodePieces(value: string): Array<HastText | HastSpan> {
  const pieces: Array<HastText | HastSpan> = [];
  let last = 0;
  for (const match of value.matchAll(OPTION)) {
    if (match.index > last) pieces.push({type: 'text', value: value.slice(last, match.index)});
    pieces.push({type: 'element', tagName: 'span', properties: {className: [UNBROKEN_CLASS]}, children: [{type: 'text', value: match[0]}]});
    last = match.index + match[0].length;
  }
  if (last < value.length) pieces.push({type: 'text', value: value.slice(last)});
  return pieces;
}

/** Remark plugin: inline code with an option in it gets its pieces as the HTML children of its <code> (mdast's data.hChildren). */
export default function remarkInlineCodeHyphens() {
  return (tree: MdastNode): void => {
    const isInlineCode = (node: MdastNode): node is InlineCode => node.type === 'inlineCode';
    for (const code of nodesWhere(tree, isInlineCode)) {
      const pieces = inlineCodePieces(code.value);
      if (pieces.some((piece) => piece.type === 'element')) code.data = {...code.data, hChildren: pieces};
    }
  };
}
