/**
 * Text diagrams: pictures drawn with box-drawing characters, arrows or ASCII
 * art in a code block. The current edition draws pictures as SVG figures
 * (CONTRIBUTING.md#figures); a code block may hold such characters only when
 * it is marked as program output (`tree`, `lsns` and the like print them).
 */
import type {SourceLine} from './markdown';

/** The titles that mark a code block as program output, shown as its label. */
export const OUTPUT_TITLES: readonly string[] = ['출력', '출력 예시'];

/**
 * Box drawing (─ │ ┌ ╪), block elements (█ ▒), geometric shapes used as
 * arrowheads (▲ ▼ ▶ ◀ ► ◄), arrows (→ ⇒ ↓), long and supplemental arrows (⟶ ⤴ ⬇).
 */
const DRAWING_CHARACTER = /[\u2190-\u21FF\u2500-\u25FF\u27F0-\u27FF\u2900-\u297F\u2B00-\u2BFF]/u;

/** ASCII art in a text block: arrows (-->, <--, ==>), box corners (+--, --+), connector-only lines (|, /, \). */
const ASCII_ART: ReadonlyArray<{pattern: RegExp; what: string}> = [
  {pattern: /(?:^|[^<!-])-{2,}>|<-{2,}(?!-)|={2,}>|<={2,}/, what: 'an ASCII arrow'},
  {pattern: /\s->\s|\s<-\s/, what: 'an ASCII arrow'},
  {pattern: /\+-{2,}|-{2,}\+/, what: 'an ASCII box corner'},
  {pattern: /^(?=.*[|/\\])[\s|/\\+^v-]+$/, what: 'an ASCII connector line'},
];

/** Languages whose blocks hold plain text, where ASCII art is a picture and not code. */
const PLAIN_LANGUAGES = new Set(['', 'text', 'txt', 'plain', 'plaintext']);

export type CodeBlock = {
  /** The line of the opening fence. */
  line: number;
  language: string;
  /** What follows the language on the opening fence, e.g. `title="출력"`. */
  meta: string;
  body: SourceLine[];
};

const OPENING_FENCE = /^\s*(`{3,}|~{3,})\s*([^\s`]*)\s*(.*)$/;

/** The fenced code blocks among a page's lines, with their language and meta. */
export function codeBlocks(lines: readonly SourceLine[]): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  let open: {block: CodeBlock; fence: string} | undefined;
  for (const line of lines) {
    if (open) {
      const trimmed = line.text.trim();
      if (trimmed.startsWith(open.fence[0]!.repeat(open.fence.length)) && /^(`+|~+)$/.test(trimmed)) {
        blocks.push(open.block);
        open = undefined;
      } else {
        open.block.body.push(line);
      }
      continue;
    }
    const match = OPENING_FENCE.exec(line.text);
    if (match) open = {fence: match[1]!, block: {line: line.line, language: match[2]!.toLowerCase(), meta: match[3]!.trim(), body: []}};
  }
  if (open) blocks.push(open.block);
  return blocks;
}

/** The block's title from its meta (`title="…"` or `title='…'`), if any. */
export function blockTitle(meta: string): string | undefined {
  const match = /(?:^|\s)title=(?:"([^"]*)"|'([^']*)')/.exec(meta);
  return match ? (match[1] ?? match[2]) : undefined;
}

export const isOutputBlock = (block: CodeBlock): boolean => OUTPUT_TITLES.includes(blockTitle(block.meta) ?? '');

export type TextDiagram = {line: number; found: string};

/** Where a code block that is not marked as output draws a picture with text, at its first such line. */
export function textDiagrams(lines: readonly SourceLine[]): TextDiagram[] {
  const found: TextDiagram[] = [];
  for (const block of codeBlocks(lines)) {
    if (isOutputBlock(block)) continue;
    const plain = PLAIN_LANGUAGES.has(block.language);
    for (const {text, line} of block.body) {
      const character = DRAWING_CHARACTER.exec(text);
      if (character) {
        found.push({line, found: `"${character[0]}"`});
        break;
      }
      const art = plain ? ASCII_ART.map(({pattern, what}) => ({what, match: pattern.exec(text)})).find(({match}) => match) : undefined;
      if (art?.match) {
        found.push({line, found: `${art.what}, "${art.match[0].trim()}"`});
        break;
      }
    }
  }
  return found;
}
