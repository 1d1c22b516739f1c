/**
 * Which pages the Markdown copies and llms.txt cover, in reading order: the
 * docs of the current edition, grouped the way the sidebar groups them (a
 * category is an area; a doc at the top level is a group of its own). The
 * archived editions are left out: they are noindex, and llms.txt is for what
 * we stand behind today.
 */

/** What this needs of a doc: a subset of the docs plugin's DocMetadata. */
export type DocInfo = {id: string; title: string; description: string; permalink: string};

/** What this needs of a sidebar item: a subset of the docs plugin's SidebarItem. */
export type SidebarEntry =
  | {type: 'doc' | 'ref'; id: string; label?: string}
  | {type: 'category'; label: string; link?: {type: string; id?: string}; items: SidebarEntry[]}
  | {type: 'link' | 'html' | string};

/** What this needs of a loaded docs version. */
export type VersionInfo = {versionName: string; docs: DocInfo[]; sidebars: Record<string, SidebarEntry[]>};

export type Section = {title: string; pages: DocInfo[]};

export const CURRENT_VERSION = 'current';

/** The current edition's docs, by sidebar group; docs in no sidebar come last under "기타 문서". */
export function currentSections(versions: readonly VersionInfo[]): Section[] {
  const version = versions.find((candidate) => candidate.versionName === CURRENT_VERSION);
  if (!version) throw new Error(`llms: the docs plugin has no "${CURRENT_VERSION}" version`);
  const byId = new Map(version.docs.map((doc) => [doc.id, doc]));
  const listed = new Set<string>();
  const take = (id: string | undefined): DocInfo[] => {
    const doc = id === undefined ? undefined : byId.get(id);
    if (!doc || listed.has(doc.id)) return [];
    listed.add(doc.id);
    return [doc];
  };
  const docsIn = (items: readonly SidebarEntry[]): DocInfo[] =>
    items.flatMap((item) => {
      if (item.type === 'doc' || item.type === 'ref') return take((item as {id: string}).id);
      if (item.type === 'category') {
        const category = item as Extract<SidebarEntry, {type: 'category'}>;
        return [...take(category.link?.id), ...docsIn(category.items)];
      }
      return [];
    });

  const sections: Section[] = [];
  for (const sidebar of Object.values(version.sidebars)) {
    for (const item of sidebar) {
      if (item.type === 'category') {
        const category = item as Extract<SidebarEntry, {type: 'category'}>;
        const pages = docsIn([category]);
        if (pages.length > 0) sections.push({title: category.label, pages});
      } else {
        const pages = docsIn([item]);
        if (pages.length > 0) sections.push({title: pages[0]!.title, pages});
      }
    }
  }
  const rest = version.docs.filter((doc) => !listed.has(doc.id));
  if (rest.length > 0) sections.push({title: '기타 문서', pages: rest});
  return sections;
}

/** The URL path of a page's Markdown copy: /docs/runtimes/containerd.md (and /docs.md for /docs). */
export function markdownPath(permalink: string): string {
  const path = permalink.replace(/\/+$/, '');
  if (path === '') throw new Error('llms: the site root has no Markdown copy');
  return `${path}.md`;
}
