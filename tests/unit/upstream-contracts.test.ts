/**
 * Contracts with upstream internals that no hash pins (src/optimizations/manifest.ts lists them per unit).
 * An upgrade that breaks one fails here with the coupling's name, instead of with a broken page.
 */
import assert from 'node:assert/strict';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {test} from 'node:test';
import {parse, type Program} from 'acorn';
import {transformSync} from 'esbuild';
import {packageDirectory} from '../../src/optimizations/pinned/replacement';
import {elementsDrawn} from '../../src/optimizations/static-doc-bodies/thinModule';

const require = createRequire(import.meta.url);
const LAYER = path.resolve(import.meta.dirname, '../../src/optimizations');
const SEARCH = path.resolve(import.meta.dirname, '../../src/search');

const sourceFiles = (directory: string): string[] =>
  readdirSync(directory, {recursive: true, encoding: 'utf8'})
    .filter((file) => /\.(ts|tsx)$/.test(file) && !file.endsWith('.d.ts') && !file.includes('originals'))
    .map((file) => path.join(directory, file));

/** An installed module's file, for a specifier such as `@docusaurus/theme-common/internal` or a deep path. */
function installedFile(specifier: string): string {
  const match = /^(@[^/]+\/[^/]+|[^@/][^/]*)(?:\/(.*))?$/.exec(specifier)!;
  const [, packageName, subpath] = match;
  const directory = packageDirectory(packageName!);
  if (!subpath) return require.resolve(packageName!);
  const manifest = JSON.parse(readFileSync(path.join(directory, 'package.json'), 'utf8')) as {exports?: Record<string, unknown>};
  const exported = manifest.exports?.[`./${subpath}`];
  const target = typeof exported === 'string' ? exported : (exported as {default?: string} | undefined)?.default;
  const base = path.join(directory, target ?? subpath);
  const candidate = [base, `${base}.js`, `${base}.jsx`, path.join(base, 'index.js'), path.join(base, 'index.jsx')].find(
    (file) => existsSync(file) && !file.endsWith('/'),
  );
  assert.ok(candidate, `${specifier} is no longer installed where the layer imports it from`);
  return candidate;
}

/** The names a module exports, following `export * from` and `export {…} from` through relative files. */
function exportedNames(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return new Set();
  seen.add(file);
  const code = transformSync(readFileSync(file, 'utf8'), {loader: 'jsx', format: 'esm'}).code;
  const program = parse(code, {ecmaVersion: 'latest', sourceType: 'module'}) as Program;
  const names = new Set<string>();
  const resolveFrom = (source: string) => {
    const base = path.resolve(path.dirname(file), source);
    return [base, `${base}.js`, path.join(base, 'index.js')].find((candidate) => existsSync(candidate) && candidate.endsWith('.js'));
  };
  for (const node of program.body) {
    if (node.type === 'ExportAllDeclaration' && String(node.source.value).startsWith('.')) {
      const target = resolveFrom(String(node.source.value));
      if (target) exportedNames(target, seen).forEach((name) => names.add(name));
    } else if (node.type === 'ExportNamedDeclaration') {
      for (const specifier of node.specifiers)
        names.add(specifier.exported.type === 'Identifier' ? specifier.exported.name : String(specifier.exported.value));
      const declaration = node.declaration;
      if (declaration?.type === 'FunctionDeclaration' || declaration?.type === 'ClassDeclaration') names.add(declaration.id.name);
      if (declaration?.type === 'VariableDeclaration') {
        for (const declarator of declaration.declarations) if (declarator.id.type === 'Identifier') names.add(declarator.id.name);
      }
    } else if (node.type === 'ExportDefaultDeclaration') {
      names.add('default');
    }
  }
  return names;
}

/** Every `import {a, b} from '<package internal>'` and `import x from '<package>/….module.css'` in our code. */
function internalImports(files: string[]) {
  const named: {file: string; specifier: string; names: string[]}[] = [];
  const styles: {file: string; specifier: string; classes: string[]}[] = [];
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    const code = source.replace(/^import .*$/gm, '');
    for (const [, list, specifier] of source.matchAll(
      /import\s+(?:type\s+)?\{([^}]+)\}\s+from\s+'((?:@docusaurus|@easyops-cn)\/[^']*(?:internal|\/lib\/|\/dist\/)[^']*)'/g,
    )) {
      const names = list!
        .split(',')
        .map((name) =>
          name
            .trim()
            .split(/\s+as\s+/)[0]!
            .replace(/^type\s+/, ''),
        )
        .filter(Boolean);
      named.push({file, specifier: specifier!, names});
    }
    for (const [, local, specifier] of source.matchAll(/import\s+(\w+)\s+from\s+'((?:@docusaurus|@easyops-cn)\/[^']+\.module\.css)'/g)) {
      const classes = [...new Set([...code.matchAll(new RegExp(`\\b${local}\\.(\\w+)`, 'g'))].map((match) => match[1]!))];
      if (classes.length > 0) styles.push({file, specifier: specifier!, classes});
    }
  }
  return {named, styles};
}

const {named, styles} = internalImports([...sourceFiles(LAYER), ...sourceFiles(SEARCH)]);
const relative = (file: string) => path.relative(path.resolve(import.meta.dirname, '../..'), file);

test('the layer imports upstream internals, and this test sees them', () => {
  assert.ok(named.some(({specifier}) => specifier === '@docusaurus/theme-common/internal'));
  assert.ok(styles.length >= 5, `${styles.length} CSS modules`);
});

for (const {file, specifier, names} of named) {
  test(`${relative(file)}: ${specifier} still exports ${names.join(', ')}`, () => {
    const exported = exportedNames(installedFile(specifier));
    const missing = names.filter((name) => !exported.has(name));
    assert.deepEqual(missing, [], `${specifier} no longer exports ${missing.join(', ')}, which ${relative(file)} imports`);
  });
}

for (const {file, specifier, classes} of styles) {
  test(`${relative(file)}: ${specifier} still has the classes ${classes.join(', ')}`, () => {
    const css = readFileSync(installedFile(specifier), 'utf8');
    const missing = classes.filter((name) => !new RegExp(`\\.${name}\\b`).test(css));
    assert.deepEqual(missing, [], `${specifier} no longer has .${missing.join(', .')}, which ${relative(file)} uses`);
  });
}

const coreClient = (file: string) => readFileSync(path.join(packageDirectory('@docusaurus/core'), 'lib/client', file), 'utf8');

test('static-doc-bodies: core still marks hydration with data-has-hydrated on <html>', () => {
  assert.match(coreClient('hasHydratedDataAttribute.js'), /<html data-has-hydrated=\{isBrowser\}\/>/);
});

test('static-doc-bodies, idle-prefetch: core still exposes window.docusaurus with prefetch and preload', () => {
  assert.match(coreClient('clientEntry.js'), /window\.docusaurus = docusaurus;/);
  const exported = exportedNames(path.join(packageDirectory('@docusaurus/core'), 'lib/client/docusaurus.js'));
  assert.ok(exported.has('default'));
  assert.match(coreClient('docusaurus.js'), /prefetch,\s*\n?\s*preload/);
});

test('static-doc-bodies: core still provides the browser context the islands read (lib/client/browserContext)', () => {
  const exported = exportedNames(path.join(packageDirectory('@docusaurus/core'), 'lib/client/browserContext.js'));
  assert.ok(exported.has('BrowserContextProvider') && exported.has('Context'));
});

test('static-doc-bodies: the theme still draws a doc body in an element with the classes "theme-doc-markdown markdown"', () => {
  const content = readFileSync(path.join(packageDirectory('@docusaurus/theme-classic'), 'lib/theme/DocItem/Content/index.js'), 'utf8');
  assert.match(content, /ThemeClassNames\.docs\.docMarkdown, 'markdown'/);
  const common = readFileSync(path.join(packageDirectory('@docusaurus/theme-common'), 'lib/utils/ThemeClassNames.js'), 'utf8');
  assert.match(common, /docMarkdown: 'theme-doc-markdown'/);
});

test('static-doc-bodies: compiled MDX still draws its body in _createMdxContent with a _components object', async () => {
  const {compile} = (await import(
    require.resolve('@mdx-js/mdx', {paths: [packageDirectory('@docusaurus/mdx-loader')]})
  )) as typeof import('@mdx-js/mdx');
  const code = String(await compile('# 제목\n\n문단입니다.\n\n- 항목\n', {providerImportSource: '@mdx-js/react'}));
  assert.match(code, /function _createMdxContent\(props\)/);
  assert.deepEqual(elementsDrawn(parse(code, {ecmaVersion: 'latest', sourceType: 'module'}) as Program, code).sort(), [
    'h1',
    'li',
    'p',
    'ul',
  ]);
});

test('search: the plugin still has the worker module that src/search/plugin.ts swaps, with the interface ours implements', () => {
  const worker = readFileSync(
    path.join(packageDirectory('@easyops-cn/docusaurus-search-local'), 'dist/client/client/theme/worker.js'),
    'utf8',
  );
  assert.match(worker, /fetchIndexes/);
  assert.match(worker, /search\(/);
  assert.match(worker, /Comlink\.expose/);
});

test('search: the plugin still generates searchIndexUrl with a {dir} placeholder, which our worker reads', () => {
  const generate = readFileSync(
    path.join(packageDirectory('@easyops-cn/docusaurus-search-local'), 'dist/server/server/utils/generate.js'),
    'utf8',
  );
  assert.match(generate, /export const searchIndexUrl = /);
  assert.match(generate, /"search-index\{dir\}\.json"/);
});

test('lazy-search-box: the plugin still highlights words from the _highlight parameter, and autocomplete.js still wraps the input', () => {
  const bar = readFileSync(
    path.join(packageDirectory('@easyops-cn/docusaurus-search-local'), 'dist/client/client/theme/SearchBar/SearchBar.jsx'),
    'utf8',
  );
  assert.match(bar, /SEARCH_PARAM_HIGHLIGHT = "_highlight"/);
  const autocomplete = path.dirname(
    require.resolve('@easyops-cn/autocomplete.js', {paths: [packageDirectory('@easyops-cn/docusaurus-search-local')]}),
  );
  assert.match(readFileSync(path.join(autocomplete, 'src/autocomplete/css.js'), 'utf8'), /algolia-autocomplete/);
});
