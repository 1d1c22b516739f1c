/**
 * A doc page's rendered body as clean Markdown, for its .md copy and
 * llms-full.txt: what a reader sees, without the page's machinery.
 *
 * The HTML is first rewritten into plain HTML that says the same thing
 * (simplify), then converted by hast-util-to-mdast and mdast-util-to-markdown:
 * - <Term>: its text, without the definition popup;
 * - code blocks: fenced code with their language (and title), without buttons;
 * - figures: "그림: title", the caption and the long description, as a quote;
 * - admonitions: a quote led by their bold label;
 * - the CNCF maturity table: its caption and a Markdown table of its rows;
 * - links and images: absolute URLs of the site; heading anchors and hidden
 *   or decorative elements (aria-hidden, hidden, buttons, forms) are dropped.
 * Why we convert the built HTML ourselves: docs-dev/llms.md.
 */
import type {Element, ElementContent, Nodes, Parents, Root, RootContent, Text} from 'hast';
import {fromHtml} from 'hast-util-from-html';
import {defaultHandlers, toMdast, type State} from 'hast-util-to-mdast';
import type {Code} from 'mdast';
import {gfmToMarkdown} from 'mdast-util-gfm';
import {toMarkdown} from 'mdast-util-to-markdown';
import {describedProjects} from '../../data/cncf/described';
import {DATE_FIELDS, dateLabels} from '../../data/cncf/types';

const koreanByName = new Map(
  describedProjects.flatMap(({name, descriptionKo}) => (descriptionKo === undefined ? [] : [[name, descriptionKo]])),
);

export type PageContext = {
  /** The site's origin, e.g. https://container-docs-ko.github.io */
  siteUrl: string;
  /** The page's path, e.g. /docs/runtimes/containerd */
  pagePath: string;
};

// --- Small hast helpers -----------------------------------------------------

const isElement = (node: Nodes | undefined): node is Element => node?.type === 'element';

function classes(node: Element): string[] {
  const value: unknown = node.properties.className;
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : [];
}
const hasClass = (node: Element, name: string): boolean => classes(node).includes(name);
/** A CSS module class: `<name>_<hash>`. */
const hasModuleClass = (node: Element, name: string): boolean => classes(node).some((value) => value.startsWith(`${name}_`));

function findAll(node: Nodes, test: (element: Element) => boolean, found: Element[] = []): Element[] {
  if (isElement(node) && test(node)) found.push(node);
  if ('children' in node) for (const child of node.children) findAll(child, test, found);
  return found;
}
const find = (node: Nodes, test: (element: Element) => boolean): Element | undefined => findAll(node, test)[0];

/** The text of a node as a reader sees it: hidden and decorative parts left out, <br> as a line break. */
export function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if (isElement(node)) {
    if (isInvisible(node)) return '';
    if (node.tagName === 'br') return '\n';
  }
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

const h = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const t = (value: string): Text => ({type: 'text', value});

// --- What is dropped ----------------------------------------------------------

function isInvisible(node: Element): boolean {
  const {properties} = node;
  return (
    properties.hidden === true ||
    properties.ariaHidden === 'true' ||
    properties.dataGlossaryPopup !== undefined ||
    ['button', 'form', 'script', 'style', 'template', 'noscript'].includes(node.tagName) ||
    (node.tagName === 'a' && hasClass(node, 'hash-link'))
  );
}

// --- Rewrites of the site's components into plain HTML --------------------------

/** A code block (src/theme/CodeBlock): one <pre> per block, its text line by line. */
function codeBlock(node: Element): Element {
  const language = classes(node)
    .find((value) => value.startsWith('language-'))
    ?.slice('language-'.length);
  const title = find(node, (element) => hasModuleClass(element, 'codeBlockTitle'));
  const code = find(node, (element) => element.tagName === 'code');
  const lines = code ? findAll(code, (element) => hasClass(element, 'token-line')) : [];
  const value = lines.length > 0 ? lines.map((line) => textOf(line).replace(/\n$/, '')).join('\n') : code ? textOf(code) : '';
  return h('pre', {dataMdLanguage: language, dataMdTitle: title ? textOf(title) : undefined}, [t(value.replace(/\n+$/, ''))]);
}

/** An admonition (:::warning): a quote led by its label. */
function admonition(node: Element, context: PageContext): Element {
  const heading = find(node, (element) => hasModuleClass(element, 'admonitionHeading'));
  const content = find(node, (element) => hasModuleClass(element, 'admonitionContent'));
  const label = heading ? textOf(heading).trim() : '';
  return h('blockquote', {}, [
    ...(label ? [h('p', {}, [h('strong', {}, [t(label)])])] : []),
    ...(content ? simplifyChildren(content, context) : []),
  ]);
}

/** The accessible name of a picture: an <img>'s alt, an <svg>'s aria-label or <title>, a role="img"'s aria-label. */
function pictureName(node: Element): string | undefined {
  if (node.tagName === 'img') return String(node.properties.alt ?? '').trim() || undefined;
  const label = node.properties.ariaLabel;
  if (label) return String(label).trim();
  const title = node.children.find((child): child is Element => isElement(child) && child.tagName === 'title');
  return title ? textOf(title).trim() : undefined;
}
const isPicture = (node: Element): boolean => node.tagName === 'img' || node.tagName === 'svg' || node.properties.role === 'img';

/**
 * A figure (the Figure component, or a figure a CNCF component draws): its
 * text alternative as a quote. "그림: <the picture's name>", then what the
 * figure shows as text (a component's list), the caption, and the long
 * description from the "그림 설명" disclosure.
 */
function figure(node: Element, context: PageContext): Element {
  const pictures = findAll(node, isPicture);
  const name = pictures.map(pictureName).find(Boolean);
  const caption = node.children.find((child): child is Element => isElement(child) && child.tagName === 'figcaption');
  const descriptions = findAll(node, (element) => element.tagName === 'details');
  const describe = (details: Element): ElementContent[] =>
    simplifyChildren(
      h(
        'div',
        {},
        details.children.filter((child) => !(isElement(child) && child.tagName === 'summary')),
      ),
      context,
    );
  const without = (element: Element): Element =>
    h(
      element.tagName,
      element.properties,
      element.children.filter((child) => !(isElement(child) && (isPicture(child) || child.tagName === 'details'))),
    );
  const body = node.children.filter(
    (child) => !(isElement(child) && (child.tagName === 'figcaption' || child.tagName === 'details' || isPicture(child))),
  );
  return h('blockquote', {}, [
    ...(name ? [h('p', {}, [h('strong', {}, [t(`그림: ${name}`)])])] : []),
    ...simplifyChildren(
      h(
        'div',
        {},
        body.map((child) => (isElement(child) ? without(child) : child)),
      ),
      context,
    ),
    ...(caption ? [h('p', {}, simplifyChildren(without(caption), context))] : []),
    ...descriptions.flatMap(describe),
  ]);
}

/** The CNCF maturity table (src/components/CncfMaturityTable): its caption and one row per project, without its filters and sort buttons. */
function cncfTable(node: Element, context: PageContext): ElementContent[] {
  const table = find(node, (element) => element.tagName === 'table');
  if (!table) throw new Error('the CNCF maturity table has no <table>');
  const caption = find(table, (element) => element.tagName === 'caption');
  // One column per date, as the landscape records them; the page shows the dates a project has in one cell.
  const header = ['프로젝트', '분야', '설명', '단계', ...DATE_FIELDS.map((field) => `${dateLabels[field].ko}(${dateLabels[field].en})`)];
  const dateField = new Map(DATE_FIELDS.map((field) => [dateLabels[field].ko, field]));
  const rows = findAll(table, (element) => element.tagName === 'tr' && find(element, (cell) => cell.tagName === 'td') !== undefined);
  const cell = (children: ElementContent[]): Element => h('td', {}, children);
  const childElements = (parent: Element | undefined, tagName: string) =>
    parent ? parent.children.filter((child): child is Element => isElement(child) && child.tagName === tagName) : [];
  return [
    ...(caption ? [h('p', {}, [t(textOf(caption).trim())])] : []),
    h('table', {}, [
      h('thead', {}, [
        h(
          'tr',
          {},
          header.map((label) => h('th', {}, [t(label)])),
        ),
      ]),
      h(
        'tbody',
        {},
        rows.map((row) => {
          const [project, stage, history] = childElements(row, 'td');
          const link = project && find(project, (element) => element.tagName === 'a');
          const area = childElements(project, 'small')[0];
          // The Korean description and, where it is stale, the notice and the English open under it; the English where the Korean is missing.
          const description = [...childElements(project, 'p'), ...childElements(childElements(project, 'details')[0], 'p')].map(
            (paragraph) => textOf(paragraph).trim(),
          );
          // The optimized build's HTML leaves most Korean descriptions for the browser to add (src/optimizations/cncf-rows-html).
          const name = link ? textOf(link).trim() : '';
          if (
            !childElements(project, 'p').some(
              (paragraph) => paragraph.properties.className === undefined && paragraph.properties.lang === undefined,
            )
          ) {
            const korean = koreanByName.get(name);
            if (korean !== undefined) description.unshift(korean);
          }
          const badge = stage && find(stage, (element) => element.properties.lang === 'en');
          const korean = stage
            ? textOf(stage)
                .replace(badge ? textOf(badge) : '', '')
                .trim()
            : '';
          const dates = new Map(
            childElements(history, 'span').map((date) => {
              const [label = '', value = ''] = textOf(date).trim().split(' ');
              return [dateField.get(label), value];
            }),
          );
          return h('tr', {}, [
            cell(link ? simplify(link, context) : [t(project ? textOf(project) : '')]),
            cell([t(area ? textOf(area).trim() : '')]),
            cell([t(description.join(' '))]),
            cell([t(badge ? `${korean}(${textOf(badge).trim()})` : korean)]),
            ...DATE_FIELDS.map((field) => cell([t(dates.get(field) ?? '')])),
          ]);
        }),
      ),
    ]),
  ];
}

function absolute(url: string, context: PageContext): string {
  if (url.startsWith('#')) return `${context.siteUrl}${context.pagePath}${url}`;
  if (url.startsWith('/') && !url.startsWith('//')) return `${context.siteUrl}${url}`;
  return url;
}

/** One node of the doc body as the plain HTML nodes that say the same. */
function simplify(node: RootContent, context: PageContext): ElementContent[] {
  if (node.type === 'text') return [node];
  if (!isElement(node) || isInvisible(node)) return [];
  if (node.properties.dataTermRoot !== undefined) {
    const trigger = find(node, (element) => element.properties.dataTerm !== undefined);
    return trigger ? simplifyChildren(trigger, context) : [];
  }
  if (hasClass(node, 'theme-code-block')) return [codeBlock(node)];
  if (hasClass(node, 'theme-admonition')) return [admonition(node, context)];
  // The maturity table's root (an island in the optimized build, a plain <div> without the optimization layer).
  if (hasModuleClass(node, 'explorer') && find(node, (element) => element.properties.dataProjectRows !== undefined))
    return cncfTable(node, context);
  if (node.tagName === 'figure') return [figure(node, context)];
  // A table header's second line ("합류" over "Accepted"): in parentheses after the first.
  if (node.tagName === 'span' && hasModuleClass(node, 'subLabel')) return [t(`(${textOf(node).trim()})`)];
  const properties = {...node.properties};
  if (node.tagName === 'a' && typeof properties.href === 'string') properties.href = absolute(properties.href, context);
  if (node.tagName === 'img' && typeof properties.src === 'string') properties.src = absolute(properties.src, context);
  return [h(node.tagName, properties, simplifyChildren(node, context))];
}

const INLINE = new Set(['a', 'abbr', 'b', 'code', 'em', 'i', 'kbd', 'small', 'span', 'strong', 'sub', 'sup', 'time']);

/**
 * Components lay out pieces side by side with CSS (a badge and a count, a year
 * and its projects), with no space between their elements; as text they would
 * run together ("2018년3개Kubernetes"). Adjacent inline elements, one of them a
 * <span> (which Markdown prose never makes), get a space between them.
 */
function needsSpace(previous: RootContent | undefined, current: RootContent): boolean {
  return (
    isElement(previous) &&
    isElement(current) &&
    INLINE.has(previous.tagName) &&
    INLINE.has(current.tagName) &&
    (previous.tagName === 'span' || current.tagName === 'span') &&
    !isInvisible(previous) &&
    !isInvisible(current)
  );
}

function simplifyChildren(node: Parents, context: PageContext): ElementContent[] {
  const visible = node.children.filter((child) => !(isElement(child) && isInvisible(child)) && child.type !== 'comment');
  return visible.flatMap((child, index) => [
    ...(needsSpace(visible[index - 1] as RootContent | undefined, child as RootContent) ? [t(' ')] : []),
    ...simplify(child as RootContent, context),
  ]);
}

// --- Conversion -----------------------------------------------------------------

function pre(state: State, node: Element): Code {
  const language = node.properties.dataMdLanguage;
  const title = node.properties.dataMdTitle;
  const result: Code = {
    type: 'code',
    lang: typeof language === 'string' ? language : null,
    meta: typeof title === 'string' ? `title="${title.replaceAll('"', '\\"')}"` : null,
    value: textOf(node),
  };
  state.patch(node, result);
  return result;
}

/** Markdown for rendered HTML: a doc body, or any fragment. */
export function htmlToMarkdown(html: string | Parents, context: PageContext): string {
  const tree = typeof html === 'string' ? fromHtml(html, {fragment: true}) : html;
  const simple: Root = {type: 'root', children: simplifyChildren(tree, context)};
  const mdast = toMdast(simple, {handlers: {...defaultHandlers, pre}});
  return (
    toMarkdown(mdast, {
      extensions: [gfmToMarkdown({tablePipeAlign: false})],
      bullet: '-',
      rule: '-',
      fences: true,
      emphasis: '*',
      strong: '*',
      listItemIndent: 'one',
    })
      .trim()
      // A table's delimiter row as people write it: | --- | rather than | - |.
      .replace(/^\|(?: -+ \|)+$/gm, (row) => row.replace(/ -+ /g, ' --- '))
  );
}

/**
 * A built doc page's title and body as Markdown. The body is the theme's
 * `.theme-doc-markdown` element less its <header> (the h1, given as title).
 */
export function docPageToMarkdown(html: string, context: PageContext): {title: string; markdown: string} {
  const page = fromHtml(html);
  const body = find(page, (element) => hasClass(element, 'theme-doc-markdown'));
  if (!body) throw new Error(`${context.pagePath}: no .theme-doc-markdown element, so no doc body to convert`);
  const heading = find(body, (element) => element.tagName === 'h1');
  if (!heading) throw new Error(`${context.pagePath}: the doc body has no h1`);
  const rest = h(
    'div',
    {},
    body.children.filter((child) => !(isElement(child) && (child.tagName === 'header' || child === heading))),
  );
  return {title: textOf(heading).trim(), markdown: htmlToMarkdown(rest, context)};
}
