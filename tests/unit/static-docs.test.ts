import assert from 'node:assert/strict';
import {test} from 'node:test';
import {markIslands, thinContentModule} from '../../src/optimizations/static-doc-bodies/thinModule';

/** A doc module as the mdx-loader writes it, in the shape of its real output (docs/cncf/maturity.md's, shortened). */
function compiledDoc({imports = '', elements = 'p: "p",\n    h2: "h2"'}: {imports?: string; elements?: string} = {}): string {
  return `

export const frontMatter = {
	title: '프로젝트 성숙도',
	sidebar_position: 4
};
export const contentTitle = undefined;
export {default as metadata} from '@site/.docusaurus/docusaurus-plugin-content-docs/default/site-docs-cncf-maturity-md-f30.json'
export const assets = {

};

import {Fragment as _Fragment, jsx as _jsx, jsxs as _jsxs} from "react/jsx-runtime";
import {useMDXComponents as _provideComponents} from "@mdx-js/react";
import Term from '@site/src/components/Term';
${imports}
export const toc = [{
  "value": "네 단계 한눈에 보기",
  "id": "stages-at-a-glance",
  "level": 2
}];
function _createMdxContent(props) {
  const _components = {
    ${elements},
    ..._provideComponents(),
    ...props.components
  };
  return _jsxs(_Fragment, {
    children: [_jsx(_components.p, {
      children: "모든 CNCF 프로젝트에는 성숙도 단계가 붙어 있습니다."
    }), _jsx(Term, {id: "cncf", children: "CNCF"})]
  });
}
export default function MDXContent(props = {}) {
  const {wrapper: MDXLayout} = {
    ..._provideComponents(),
    ...props.components
  };
  return MDXLayout ? _jsx(MDXLayout, {
    ...props,
    children: _jsx(_createMdxContent, {
      ...props
    })
  }) : _createMdxContent(props);
}
`;
}

const FILE = '/site/docs/cncf/maturity.md';

test('the browser copy of a doc keeps what the theme reads and loses the body', () => {
  const thin = thinContentModule(compiledDoc(), FILE);
  for (const kept of [
    'export const frontMatter',
    'export const contentTitle',
    'export {default as metadata} from',
    'export const assets',
    'export const toc',
  ]) {
    assert.ok(thin.includes(kept), kept);
  }
  for (const gone of [
    '성숙도 단계가 붙어',
    '_createMdxContent',
    'react/jsx-runtime',
    '@mdx-js/react',
    "from '@site/src/components/Term'",
  ]) {
    assert.ok(!thin.includes(gone), gone);
  }
  assert.match(
    thin,
    /import __metadata from "@site\/\.docusaurus\/docusaurus-plugin-content-docs\/default\/site-docs-cncf-maturity-md-f30\.json";/,
  );
  assert.match(thin, /export default await __contentModule\(__metadata\.permalink, \{\}\);/);
});

test("the server's copy draws each island the doc imports inside its marker, under its local name", () => {
  const marked = markIslands(compiledDoc({imports: "import Table from '@site/src/components/CncfMaturityTable';"}), FILE);
  assert.match(marked, /^import \{island as __island\} from "@site\/src\/optimizations\/static-doc-bodies\/island";/);
  assert.match(marked, /import __Table from "@site\/src\/components\/CncfMaturityTable";\nconst Table = __island\("Table", __Table\);/);
  assert.ok(marked.includes('function _createMdxContent'), 'the body stays');
});

test('a doc without islands is left as it is on the server', () => {
  const code = compiledDoc();
  assert.equal(markIslands(code, FILE), code);
});

test('an island the doc imports is handed to the body as a loader of its own chunk', () => {
  const thin = thinContentModule(compiledDoc({imports: "import CncfMaturityTable from '@site/src/components/CncfMaturityTable';"}), FILE);
  assert.ok(!thin.includes('import CncfMaturityTable from'), 'not imported with the doc');
  assert.ok(thin.includes('const CncfMaturityTable = () => import("@site/src/components/CncfMaturityTable");'));
  assert.match(thin, /__contentModule\(__metadata\.permalink, \{CncfMaturityTable\}\)/);
});

test('a figure and the SVG it draws stay out of the browser copy', () => {
  const imports = "import Figure from '@site/src/components/Figure';\nimport Layers from './img/layers.svg';";
  const thin = thinContentModule(compiledDoc({imports}), FILE);
  assert.ok(!thin.includes('Figure') && !thin.includes('layers.svg'));
});

test('a component the registry does not know stops the build, naming the file and what to do', () => {
  assert.throws(
    () => thinContentModule(compiledDoc({imports: "import Tabs from '@theme/Tabs';"}), FILE),
    (error: Error) =>
      error.message.startsWith(`${FILE}: imports @theme/Tabs`) &&
      error.message.includes('src/optimizations/static-doc-bodies/registry.ts') &&
      error.message.includes('STATIC_COMPONENTS'),
  );
});

test('a Markdown element whose theme component needs React stops the build', () => {
  assert.throws(
    () => thinContentModule(compiledDoc({elements: 'p: "p",\n    details: "details"'}), FILE),
    new RegExp(`^Error: ${FILE}: uses <details>`),
  );
});

test('an export the browser copy would drop stops the build', () => {
  const withExport = compiledDoc().replace('export const toc', 'export const extra = 1;\nexport const toc');
  assert.throws(() => thinContentModule(withExport, FILE), /exports extra, which the browser copy of a doc does not carry/);
});

test('compiled MDX that cannot be parsed stops the build with the file', () => {
  assert.throws(() => thinContentModule('export const = ;', FILE), new RegExp(`^Error: ${FILE}: the compiled MDX could not be parsed`));
});
