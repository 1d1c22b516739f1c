/**
 * Fills in each `<Term id="…">` of a Markdown page with its glossary entry at
 * build time. The page then carries only the terms it uses, instead of every
 * page bundling the whole glossary for a few tooltips.
 */
import {nodesWhere, whereIs, type MdastNode, type VFileLike} from '../../lib/remarkTree';
import {docUrl, termById} from './index';

type JsxAttribute = {type: string; name?: string; value?: unknown};
type JsxElement = MdastNode & {name?: string | null; attributes?: JsxAttribute[]};
const isTerm = (node: MdastNode): node is JsxElement =>
  (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && (node as JsxElement).name === 'Term';

/** The props `<Term>` receives besides what the author wrote. */
export type TermFields = {readonly ko: string; readonly en: string; readonly definition: string; readonly href: string};

export default function remarkGlossaryTerms() {
  return (tree: MdastNode, file: VFileLike): void => {
    for (const node of nodesWhere(tree, isTerm)) {
      const where = whereIs(file, node);
      const attributes = node.attributes ?? [];
      const id = attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'id')?.value;
      if (typeof id !== 'string') throw new Error(`${where}: <Term> needs an id written as a plain string, like <Term id="cri">`);
      let fields: TermFields;
      try {
        const term = termById(id);
        fields = {ko: term.ko, en: term.en, definition: term.definition, href: docUrl(term)};
      } catch (error) {
        throw new Error(`${where}: ${(error as Error).message}`, {cause: error});
      }
      node.attributes = [
        ...attributes.filter((attribute) => !(attribute.name !== undefined && attribute.name in fields)),
        ...Object.entries(fields).map(([name, value]) => ({type: 'mdxJsxAttribute', name, value})),
      ];
    }
  };
}
