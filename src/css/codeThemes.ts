import type {PrismTheme} from 'prism-react-renderer';

/**
 * Code colours that keep every token at WCAG AA contrast (4.5:1) on its block
 * background; the stock github/dracula themes fail for comments and several
 * token kinds. The palettes follow GitHub's Primer light and dark scales.
 */
type Palette = {
  background: string;
  plain: string;
  comment: string;
  keyword: string;
  string: string;
  func: string;
  constant: string;
  variable: string;
  tag: string;
  deleted: string;
};

function themeFrom(p: Palette): PrismTheme {
  return {
    plain: {color: p.plain, backgroundColor: p.background},
    styles: [
      // Upright: comments are often Korean, and Korean has no italic.
      {types: ['comment', 'prolog', 'doctype', 'cdata'], style: {color: p.comment}},
      {types: ['punctuation', 'operator'], style: {color: p.plain}},
      {types: ['keyword', 'important', 'atrule', 'rule', 'selector'], style: {color: p.keyword}},
      {types: ['string', 'char', 'attr-value', 'regex', 'url', 'inserted'], style: {color: p.string}},
      {types: ['function', 'class-name'], style: {color: p.func}},
      {types: ['number', 'boolean', 'constant', 'symbol', 'attr-name', 'property', 'builtin'], style: {color: p.constant}},
      {types: ['variable', 'parameter', 'entity'], style: {color: p.variable}},
      {types: ['tag', 'namespace'], style: {color: p.tag}},
      {types: ['deleted'], style: {color: p.deleted}},
      {types: ['bold'], style: {fontWeight: 'bold'}},
      {types: ['italic'], style: {fontStyle: 'italic'}},
    ],
  };
}

export const lightCodeTheme = themeFrom({
  background: '#f6f8fa',
  plain: '#1f2328',
  comment: '#57606a',
  keyword: '#b31d28',
  string: '#0a3069',
  func: '#6639ba',
  constant: '#0550ae',
  variable: '#8a3500',
  tag: '#116329',
  deleted: '#82071e',
});

export const darkCodeTheme = themeFrom({
  background: '#161b22',
  plain: '#e6edf3',
  comment: '#9da7b3',
  keyword: '#ff7b72',
  string: '#a5d6ff',
  func: '#d2a8ff',
  constant: '#79c0ff',
  variable: '#ffa657',
  tag: '#7ee787',
  deleted: '#ffa198',
});
