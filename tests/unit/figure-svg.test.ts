import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, it} from 'node:test';

/**
 * The figure SVGs follow CONTRIBUTING.md#figures: colours come only from the
 * classes the Figure component styles for light and dark mode, so an SVG
 * with a colour of its own would show a light box in dark mode.
 */
const root = path.resolve(import.meta.dirname, '..', '..');
const PALETTE = new Set([
  'fig-box',
  'fig-box-accent',
  'fig-box-muted',
  'fig-box-warn',
  'fig-line',
  'fig-arrow',
  'fig-arrowhead',
  'fig-text',
  'fig-text-muted',
  'fig-text-strong',
  'fig-text-small',
]);
const MAX_BYTES = 8 * 1024;

const svgs = ['docs', 'blog']
  .flatMap((dir) => readdirSync(path.join(root, dir), {recursive: true, encoding: 'utf8'}).map((file) => path.join(dir, file)))
  .filter((file) => /(^|\/)img\/[^/]+\.svg$/.test(file))
  .sort();

/** What is wrong with one figure SVG, as sentences naming the file. */
export function svgProblems(file: string, source: string): string[] {
  const name = path.basename(file, '.svg');
  const problems: string[] = [];
  const root = /<svg\b([^>]*)>/.exec(source)?.[1] ?? '';
  if (!/\bviewBox="0 0 [\d.]+ [\d.]+"/.test(root)) problems.push(`${file}: the <svg> needs a viewBox="0 0 width height"`);
  if (/\s(width|height)=/.test(root))
    problems.push(`${file}: remove width and height from <svg>; the figure scales to the column by its viewBox`);
  for (const [, attribute] of source.matchAll(/\s(fill|stroke|style|color|stop-color|font-family|font-size)=/g)) {
    problems.push(`${file}: remove the ${attribute} attribute; colours and sizes come from the fig-* classes`);
  }
  for (const [, element] of source.matchAll(/<(script|style|foreignObject|image|font|metadata|sodipodi:\w+|inkscape:\w+)\b/g)) {
    problems.push(`${file}: remove <${element}>; a figure is shapes and <text> only`);
  }
  for (const [, classes] of source.matchAll(/\sclass="([^"]*)"/g)) {
    for (const token of classes!.split(/\s+/)) {
      if (!PALETTE.has(token)) problems.push(`${file}: class "${token}" is not one of the figure classes (${[...PALETTE].join(', ')})`);
    }
  }
  const ids = [...source.matchAll(/\sid="([^"]*)"/g)].map(([, id]) => id!);
  for (const id of ids) {
    if (!id.startsWith(`${name}-`))
      problems.push(`${file}: id "${id}" must start with "${name}-" so two figures on a page cannot share it`);
  }
  for (const [, id] of source.matchAll(/url\(#([^)]*)\)/g)) {
    if (!ids.includes(id!)) problems.push(`${file}: url(#${id}) points at no id in this file`);
  }
  if (Buffer.byteLength(source) > MAX_BYTES) problems.push(`${file}: ${Buffer.byteLength(source)} bytes; keep a figure under ${MAX_BYTES}`);
  return problems;
}

describe('figure SVGs', () => {
  it('are found', () => assert.ok(svgs.length >= 25, `found only ${svgs.join(', ')}`));

  it('draw with the figure classes only, scale by their viewBox and prefix their ids', () => {
    assert.deepEqual(
      svgs.flatMap((file) => svgProblems(file, readFileSync(path.join(root, file), 'utf8'))),
      [],
    );
  });

  it('report a colour, a stray class, a fixed width and an unprefixed id, naming the file', () => {
    const bad =
      '<svg xmlns="http://www.w3.org/2000/svg" width="400" viewBox="0 0 400 100"><marker id="arrow"/>' +
      '<rect class="fig-box box" fill="#fff"/><line marker-end="url(#arrow)"/></svg>';
    assert.deepEqual(svgProblems('docs/a/img/x.svg', bad), [
      'docs/a/img/x.svg: remove width and height from <svg>; the figure scales to the column by its viewBox',
      'docs/a/img/x.svg: remove the fill attribute; colours and sizes come from the fig-* classes',
      `docs/a/img/x.svg: class "box" is not one of the figure classes (${[...PALETTE].join(', ')})`,
      'docs/a/img/x.svg: id "arrow" must start with "x-" so two figures on a page cannot share it',
    ]);
  });
});
