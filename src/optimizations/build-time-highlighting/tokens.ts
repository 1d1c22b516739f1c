import type {Token} from 'prism-react-renderer';

/**
 * Highlighted code as it travels from the build to the page: one array per
 * line; a plain string is untyped text, a pair is [token classes, text].
 * Kept terse because every code block of a page ships in its JS chunk.
 */
export type EncodedToken = string | [types: string, content: string];
export type EncodedLines = EncodedToken[][];

export function encodeLines(lines: Token[][]): EncodedLines {
  return lines.map((line) =>
    line
      .filter((token) => !token.empty && token.content !== '')
      .map((token) => {
        const types = token.types.filter((type) => type !== 'plain');
        return types.length === 0 ? token.content : [types.join(' '), token.content];
      }),
  );
}

/** An empty line is an empty array: the lines are drawn as HTML (html.ts), which needs no placeholder token. */
export function decodeLines(encoded: EncodedLines): Token[][] {
  return encoded.map((line) =>
    line.map((token) => (typeof token === 'string' ? {types: ['plain'], content: token} : {types: token[0].split(' '), content: token[1]})),
  );
}

const lineText = (line: Token[]): string => line.map((token) => token.content).join('');

/**
 * Lines of `code` with their highlighted tokens. The build highlights the
 * code as written, while the theme shows it without its magic comments
 * (`// highlight-next-line`); lines are matched in order, and a line the
 * build did not see is shown as plain text.
 */
export function alignLines(code: string, highlighted: Token[][]): Token[][] {
  let next = 0;
  return code.split('\n').map((text) => {
    for (let candidate = next; candidate < highlighted.length; candidate += 1) {
      if (lineText(highlighted[candidate]!) === text) {
        next = candidate + 1;
        return highlighted[candidate]!;
      }
    }
    return text === '' ? [] : [{types: ['plain'], content: text}];
  });
}
