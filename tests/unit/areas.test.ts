import assert from 'node:assert/strict';
import {existsSync} from 'node:fs';
import path from 'node:path';
import {test} from 'node:test';
import sidebars from '../../sidebars';
import {areas} from '../../src/data/areas';

const SITE = path.join(import.meta.dirname, '..', '..');

/** Every doc id the sidebar lists, at any depth, with category index pages. */
function sidebarDocs(items: unknown): string[] {
  if (typeof items === 'string') return [items];
  if (Array.isArray(items)) return items.flatMap(sidebarDocs);
  if (items && typeof items === 'object') {
    const item = items as {type?: string; id?: string; items?: unknown; link?: {type?: string; id?: string}};
    return [
      ...(item.type === 'doc' && item.id ? [item.id] : []),
      ...(item.link?.type === 'doc' && item.link.id ? [item.link.id] : []),
      ...sidebarDocs(item.items),
    ];
  }
  return [];
}

test('every topic on the home page links to a doc of its area that exists and is in the sidebar', () => {
  const listed = new Set(sidebarDocs(sidebars.docs));
  const problems: string[] = [];
  for (const area of areas) {
    for (const topic of area.topics) {
      const where = `src/data/areas.ts: area '${area.id}', topic '${topic.label}'`;
      if (!topic.doc.startsWith(`${area.id}/`))
        problems.push(`${where}: doc '${topic.doc}' is not in docs/${area.id}/; list it under its own area`);
      else if (!['.md', '.mdx'].some((ext) => existsSync(path.join(SITE, 'docs', `${topic.doc}${ext}`)))) {
        problems.push(
          `${where}: doc '${topic.doc}' does not exist (no docs/${topic.doc}.md or .mdx); use the doc's path under docs/ without the extension`,
        );
      } else if (!listed.has(topic.doc))
        problems.push(`${where}: doc '${topic.doc}' is not in sidebars.ts; the card lists only pages readers can reach from the sidebar`);
    }
    if (area.topics.length === 0) problems.push(`src/data/areas.ts: area '${area.id}' has no topics; list its pages`);
    const docs = area.topics.map((topic) => topic.doc);
    if (new Set(docs).size !== docs.length) problems.push(`src/data/areas.ts: area '${area.id}' lists a doc twice`);
  }
  assert.deepEqual(problems, []);
});

test("the topics follow the sidebar's reading order", () => {
  const order = sidebarDocs(sidebars.docs);
  for (const area of areas) {
    const positions = area.topics.map((topic) => order.indexOf(topic.doc));
    assert.deepEqual(
      positions,
      [...positions].sort((a, b) => a - b),
      `src/data/areas.ts: area '${area.id}' lists its topics out of the sidebar's order`,
    );
  }
});
