/** What the site's remark plugins need of a Markdown tree and its file. */
export type MdastNode = {type: string; children?: MdastNode[]; position?: {start: {line: number}}};
export type VFileLike = {path?: string};

/** Every node of the tree that passes `test`, depth first. */
export function* nodesWhere<T extends MdastNode>(node: MdastNode, test: (node: MdastNode) => node is T): Generator<T> {
  if (test(node)) yield node;
  for (const child of node.children ?? []) yield* nodesWhere(child, test);
}

/** `file:line` of a node, for build errors. */
export const whereIs = (file: VFileLike, node: MdastNode): string => `${file.path ?? '(unknown file)'}:${node.position?.start.line ?? '?'}`;
