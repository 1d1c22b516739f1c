import {parse, type ExportNamedDeclaration, type ImportDeclaration, type Node, type Program} from 'acorn';
import {INTERACTIVE_ELEMENTS, ISLANDS, STATIC_ASSETS, STATIC_COMPONENTS} from './registry';

/** The doc's exports that the theme reads (DocProvider), besides the body. */
const KEPT_EXPORTS = new Set(['frontMatter', 'contentTitle', 'assets', 'toc']);
/** What compiled MDX imports to draw its body, needed only by the body. */
const BODY_RUNTIME = new Set(['react/jsx-runtime', '@mdx-js/react']);
const RUNTIME = '@site/src/optimizations/static-doc-bodies/content';
const ISLAND = '@site/src/optimizations/static-doc-bodies/island';

const fail = (file: string, problem: string): never => {
  throw new Error(`${file}: ${problem}`);
};

const sourceOf = (node: ImportDeclaration | ExportNamedDeclaration): string | undefined =>
  node.source ? String(node.source.value) : undefined;

const declaredNames = (node: ExportNamedDeclaration): string[] =>
  node.declaration?.type === 'VariableDeclaration'
    ? node.declaration.declarations.flatMap((declarator) => (declarator.id.type === 'Identifier' ? [declarator.id.name] : []))
    : [];

/** The keys of the `_components` object compiled MDX builds: the elements its body draws. */
export function elementsDrawn(program: Program, code: string): string[] {
  const body = program.body.find((node) => node.type === 'FunctionDeclaration' && node.id.name === '_createMdxContent');
  if (!body) return [];
  const text = code.slice(body.start, body.end);
  const components = /const _components = \{([^}]*)\}/.exec(text)?.[1] ?? '';
  return [...components.matchAll(/^\s*"?([A-Za-z][\w.-]*)"?:/gm)].map((match) => match[1]!);
}

/**
 * Rewrites a doc's compiled MDX module (the mdx-loader's output) for the
 * browser: the exports the theme reads stay, the body and everything only it
 * needs go, and the default export becomes the body as the server drew it
 * (src/optimizations/static-doc-bodies/content.tsx), with the doc's islands, each as a function
 * that loads it. The prose, its JSX and its components then reach the browser
 * once, as HTML, and an island's code when the reader is about to see it.
 */
export function thinContentModule(code: string, file: string): string {
  let program: Program;
  try {
    program = parse(code, {ecmaVersion: 'latest', sourceType: 'module'});
  } catch (error) {
    return fail(file, `the compiled MDX could not be parsed (${(error as Error).message}).`);
  }
  const kept: string[] = [];
  const islands: string[] = [];
  let metadataSource: string | undefined;
  const slice = (node: Node) => code.slice(node.start, node.end);

  for (const node of program.body) {
    if (node.type === 'ImportDeclaration') {
      const source = sourceOf(node)!;
      if (BODY_RUNTIME.has(source) || STATIC_COMPONENTS.includes(source) || STATIC_ASSETS.test(source)) continue;
      if (ISLANDS.includes(source)) {
        const local = node.specifiers.find((specifier) => specifier.type === 'ImportDefaultSpecifier')?.local.name;
        if (!local) fail(file, `import the island ${source} by its default export.`);
        // Loaded when the island is about to be seen (./content.tsx): its code is a chunk of its own.
        kept.push(`const ${local} = () => import(${JSON.stringify(source)});`);
        islands.push(local!);
        continue;
      }
      fail(
        file,
        `imports ${source}, which src/optimizations/static-doc-bodies/registry.ts lists neither as static (markup only) nor as an island. ` +
          'Doc bodies are server HTML the browser keeps: add it to STATIC_COMPONENTS if it needs no JavaScript in the browser, ' +
          'or to ISLANDS if it has state of its own (it is then hydrated in place and takes no props).',
      );
    } else if (node.type === 'ExportNamedDeclaration') {
      const names = declaredNames(node);
      if (names.length > 0 && names.every((name) => KEPT_EXPORTS.has(name))) {
        kept.push(slice(node));
      } else if (
        node.source &&
        node.specifiers.some((specifier) => specifier.exported.type === 'Identifier' && specifier.exported.name === 'metadata')
      ) {
        kept.push(slice(node));
        metadataSource = sourceOf(node);
      } else {
        fail(file, `exports ${names.join(', ') || slice(node).slice(0, 60)}, which the browser copy of a doc does not carry.`);
      }
    } else if (node.type === 'FunctionDeclaration' && node.id.name === '_createMdxContent') {
      continue;
    } else if (node.type === 'ExportDefaultDeclaration') {
      continue;
    } else if (node.type !== 'EmptyStatement') {
      fail(file, `the compiled MDX has a top-level ${node.type} that the browser copy would lose.`);
    }
  }

  const interactive = elementsDrawn(program, code).filter((element) => INTERACTIVE_ELEMENTS.includes(element));
  if (interactive.length > 0) {
    fail(
      file,
      `uses ${interactive.map((element) => `<${element}>`).join(', ')}, whose theme component needs React in the browser; doc bodies are kept as server HTML.`,
    );
  }
  if (!metadataSource) fail(file, "the compiled MDX does not export the doc's metadata.");

  return [
    ...kept,
    `import __metadata from ${JSON.stringify(metadataSource)};`,
    `import {contentModule as __contentModule} from ${JSON.stringify(RUNTIME)};`,
    `export default await __contentModule(__metadata.permalink, {${islands.join(', ')}});`,
    '',
  ].join('\n');
}

/**
 * The server's copy of a doc module: each island the doc imports is drawn
 * inside its marker (./island.tsx), named by its local name, which the
 * browser's copy hands to ./content.tsx under the same name.
 */
export function markIslands(code: string, file: string): string {
  let program: Program;
  try {
    program = parse(code, {ecmaVersion: 'latest', sourceType: 'module'});
  } catch (error) {
    return fail(file, `the compiled MDX could not be parsed (${(error as Error).message}).`);
  }
  const islands = program.body.filter(
    (node): node is ImportDeclaration => node.type === 'ImportDeclaration' && ISLANDS.includes(sourceOf(node)!),
  );
  if (islands.length === 0) return code;
  let marked = code;
  // From the last, so that earlier offsets stay right.
  for (const node of [...islands].reverse()) {
    const local = node.specifiers.find((specifier) => specifier.type === 'ImportDefaultSpecifier')?.local.name;
    if (!local) fail(file, `import the island ${sourceOf(node)} by its default export.`);
    const statement = `import __${local} from ${JSON.stringify(sourceOf(node))};\nconst ${local} = __island(${JSON.stringify(local)}, __${local});`;
    marked = marked.slice(0, node.start) + statement + marked.slice(node.end);
  }
  return `import {island as __island} from ${JSON.stringify(ISLAND)};\n${marked}`;
}
