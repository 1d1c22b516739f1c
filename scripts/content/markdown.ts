import {createSlugger, parseMarkdownHeadingId} from '@docusaurus/utils';

export type Heading = {level: number; text: string; id: string; line: number};
export type Link = {text: string; target: string; line: number; image: boolean};

/** One line of a Markdown file, with whether it sits inside a fenced code block. */
export type SourceLine = {text: string; line: number; inCode: boolean};

const FENCE = /^\s*(```|~~~)/;

export function sourceLines(body: string, firstLine: number): SourceLine[] {
  let inCode = false;
  return body.split('\n').map((text, index) => {
    const isFence = FENCE.test(text);
    const line = {text, line: firstLine + index, inCode: inCode || isFence};
    if (isFence) inCode = !inCode;
    return line;
  });
}

/** Removes `inline code` so that examples of syntax are not checked as syntax. */
function stripInlineCode(text: string): string {
  return text.replace(/`[^`]*`/g, (code) => ' '.repeat(code.length));
}

export function headings(lines: readonly SourceLine[]): Heading[] {
  const slugger = createSlugger();
  const found: Heading[] = [];
  for (const {text, line, inCode} of lines) {
    const match = !inCode && /^(#{1,6})\s+(.*)$/.exec(text);
    if (!match) continue;
    const parsed = parseMarkdownHeadingId(match[2]!.trim());
    const plain = parsed.text.replace(/`/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
    const id = parsed.id ?? slugger.slug(plain);
    found.push({level: match[1]!.length, text: parsed.text, id, line});
  }
  return found;
}

export function links(lines: readonly SourceLine[]): Link[] {
  const found: Link[] = [];
  const pattern = /(!?)\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;
  for (const {text, line, inCode} of lines) {
    if (inCode) continue;
    for (const match of stripInlineCode(text).matchAll(pattern)) {
      found.push({image: match[1] === '!', text: match[2]!, target: match[3]!, line});
    }
  }
  return found;
}

/** Bracketed citation numbers such as `[1]` or `[1], [2]` that point at no reference list. */
export function bareCitations(lines: readonly SourceLine[]): Array<{line: number; citation: string}> {
  const found: Array<{line: number; citation: string}> = [];
  for (const {text, line, inCode} of lines) {
    if (inCode) continue;
    for (const match of stripInlineCode(text).matchAll(/\[(\d{1,2})\](?!\(|:)/g)) {
      found.push({line, citation: match[0]});
    }
  }
  return found;
}
