/**
 * The glossary's schema, checked by hand so that every problem names the term
 * and the field and says how to fix it. Pure: the caller says which docs and
 * heading ids exist, so the same check serves the unit tests and any script.
 */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DOC = /^[a-z0-9_-]+(?:\/[a-z0-9_-]+)*(?:#[A-Za-z0-9_-]+)?$/;
const STRING_FIELDS = ['id', 'ko', 'en', 'definition', 'doc'] as const;
const FIELDS = new Set<string>([...STRING_FIELDS, 'aliases', 'avoid', 'usage']);
const DEFINITION_MAX = 140;

const HINTS: Record<(typeof STRING_FIELDS)[number], string> = {
  id: 'give a lowercase ASCII id such as "container-runtime"',
  ko: 'write the term as the docs spell it in Korean prose',
  en: 'write the English term',
  definition: 'write one Korean sentence in 합니다체',
  doc: 'give the doc id of the page that explains the term, e.g. "runtimes/containerd"',
};

type Name = {termId: string; field: string};

/** Names that differ only in case, width or spacing would send a search to two terms. */
function nameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({length: b.length + 1}, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

function closest(target: string, candidates: Iterable<string>): string | undefined {
  let best: {id: string; distance: number} | undefined;
  for (const id of candidates) {
    const distance = editDistance(target, id);
    if (distance <= 3 && (!best || distance < best.distance)) best = {id, distance};
  }
  return best?.id;
}

function checkDefinition(definition: string, report: (message: string) => void): void {
  if (!/니다\.$/.test(definition)) {
    report(`field "definition" should be a Korean sentence in 합니다체 ending in "…니다."; it ends in "${definition.slice(-8)}"`);
  }
  if (/[.!?]\s/.test(definition)) {
    report('field "definition" has more than one sentence; keep it to one (the page that explains the term says the rest)');
  }
  if (definition.length > DEFINITION_MAX) {
    report(`field "definition" is ${definition.length} characters; keep it to ${DEFINITION_MAX} so the tooltip reads at a glance`);
  }
}

/** The pairs a term's `avoid` names, reporting malformed entries. */
function avoidedPairs(avoid: unknown, ko: string | undefined, report: (message: string) => void): Array<{wrong: string; right: string}> {
  if (avoid === undefined) return [];
  if (!Array.isArray(avoid)) {
    report("field \"avoid\" is not a list; write it as ['아카이브'] or [{wrong: '유니온', right: '유니언'}]");
    return [];
  }
  const pairs: Array<{wrong: string; right: string}> = [];
  avoid.forEach((entry: unknown, position) => {
    const at = `field "avoid" entry ${position + 1}`;
    if (typeof entry === 'string') {
      if (entry.trim() === '') report(`${at} is empty; remove it`);
      else if (ko !== undefined) pairs.push({wrong: entry, right: ko});
    } else if (
      isRecord(entry) &&
      typeof entry.wrong === 'string' &&
      typeof entry.right === 'string' &&
      entry.wrong.trim() !== '' &&
      entry.right.trim() !== ''
    ) {
      pairs.push({wrong: entry.wrong, right: entry.right});
    } else {
      report(`${at} is neither a spelling nor {wrong, right} with two non-empty strings`);
    }
  });
  for (const {wrong, right} of pairs) {
    if (wrong === right) report(`field "avoid" rejects "${wrong}", which is also what it asks writers to use`);
  }
  return pairs;
}

function checkDoc(
  doc: string,
  docIds: ReadonlySet<string>,
  anchors: ReadonlyMap<string, ReadonlySet<string>> | undefined,
  report: (message: string) => void,
): void {
  if (!DOC.test(doc)) {
    report(
      `field "doc" is "${doc}"; write a doc id without "/docs/", a leading slash or the .md extension, e.g. "layers/concepts#copy-on-write"`,
    );
    return;
  }
  const [docId = '', anchor] = doc.split('#');
  if (!docIds.has(docId)) {
    const suggestion = closest(docId, docIds);
    report(`field "doc" points to "${docId}", which is not a doc under docs/${suggestion ? `; did you mean "${suggestion}"?` : ''}`);
    return;
  }
  const ids = anchors?.get(docId);
  if (anchor !== undefined && ids && !ids.has(anchor)) {
    const known = [...ids].slice(0, 12).join(', ');
    report(`field "doc" points to "#${anchor}" in "${docId}", which has no heading with that id; known ids: ${known || 'none'}`);
  }
}

/**
 * Returns one message per problem, each starting `glossary term "<id>"`.
 * `anchors` maps a doc id to the heading ids it declares; anchors of docs it
 * does not list are not checked.
 */
export function validateGlossary(
  terms: readonly unknown[],
  existingDocIds: Iterable<string>,
  anchors?: ReadonlyMap<string, ReadonlySet<string>>,
): string[] {
  const docIds = new Set(existingDocIds);
  const messages: string[] = [];
  const ids = new Map<string, number>();
  const names = new Map<string, Name>();
  const avoided: Array<{wrong: string; right: string; termId: string}> = [];
  const preferred: Array<{ko: string; termId: string}> = [];

  terms.forEach((entry, index) => {
    const label = isRecord(entry) && typeof entry.id === 'string' && entry.id.trim() !== '' ? `"${entry.id}"` : `#${index + 1}`;
    const report = (message: string) => messages.push(`glossary term ${label}: ${message}`);
    if (!isRecord(entry)) {
      report('is not an object; copy an existing entry in src/data/glossary/terms.ts as a template');
      return;
    }
    for (const key of Object.keys(entry)) {
      if (!FIELDS.has(key)) report(`field "${key}" is not part of a glossary term; allowed: ${[...FIELDS].join(', ')}`);
    }

    const valid: Partial<Record<(typeof STRING_FIELDS)[number], string>> = {};
    for (const field of STRING_FIELDS) {
      const value = entry[field];
      if (value === undefined) report(`field "${field}" is missing; ${HINTS[field]}`);
      else if (typeof value !== 'string' || value.trim() === '') report(`field "${field}" is empty; ${HINTS[field]}`);
      else if (value !== value.trim()) report(`field "${field}" has spaces at the start or end; remove them`);
      else valid[field] = value;
    }

    if (valid.id !== undefined) {
      if (!ID.test(valid.id)) {
        report(
          `field "id" is "${valid.id}"; use lowercase ASCII words joined by hyphens, e.g. "container-runtime", since it becomes the anchor /docs/glossary#${valid.id.toLowerCase()}`,
        );
      }
      const first = ids.get(valid.id);
      if (first !== undefined) report(`field "id" is also the id of term #${first + 1}; ids must be unique`);
      else ids.set(valid.id, index);
    }
    if (valid.definition !== undefined) checkDefinition(valid.definition, report);
    for (const pair of avoidedPairs(entry.avoid, valid.ko, report)) avoided.push({...pair, termId: valid.id ?? label});
    if (entry.usage !== undefined && (typeof entry.usage !== 'string' || !/니다\.$/.test(entry.usage))) {
      report('field "usage" should be a Korean sentence in 합니다체 ending in "…니다.", saying when the spelling applies');
    }
    if (valid.ko !== undefined) preferred.push({ko: valid.ko, termId: valid.id ?? label});
    if (valid.doc !== undefined) checkDoc(valid.doc, docIds, anchors, report);

    const aliases = entry.aliases;
    const own: Array<[field: string, name: string]> = [];
    if (valid.ko !== undefined) own.push(['ko', valid.ko]);
    if (valid.en !== undefined && valid.en !== valid.ko) own.push(['en', valid.en]);
    if (aliases === undefined) {
      report('field "aliases" is missing; list other spellings readers search for, or write [] if there are none');
    } else if (!Array.isArray(aliases)) {
      report("field \"aliases\" is not a list; write it as ['쿠버네티스', 'k8s']");
    } else {
      aliases.forEach((alias: unknown, position) => {
        if (typeof alias !== 'string' || alias.trim() === '') {
          report(`field "aliases" has an empty entry at position ${position + 1}; remove it`);
          return;
        }
        // Only exact repeats: a case variant such as cri-o for CRI-O is a spelling readers type.
        const repeated = own.find(([, name]) => name === alias);
        if (repeated)
          report(
            `field "aliases" repeats "${alias}", which is already this term's ${repeated[0] === 'aliases' ? 'alias' : repeated[0]}; remove it`,
          );
        else own.push(['aliases', alias]);
      });
    }

    const termId = valid.id ?? label;
    for (const [field, name] of own) {
      const key = nameKey(name);
      const owner = names.get(key);
      if (owner && owner.termId !== termId) {
        report(
          `field "${field}" has "${name}", which is already the ${owner.field === 'aliases' ? 'alias' : owner.field} of term "${owner.termId}"; a name must lead to one term only`,
        );
      } else if (!owner) {
        names.set(key, {termId, field});
      }
    }
  });
  // A rejected spelling inside a preferred one would make the check reject the preferred spelling.
  for (const {wrong, termId} of avoided) {
    for (const {ko, termId: owner} of preferred) {
      if (ko.includes(wrong)) {
        messages.push(
          `glossary term "${termId}": field "avoid" rejects "${wrong}", which is part of "${ko}", the spelling of term "${owner}"; the check would reject that too`,
        );
      }
    }
  }
  return messages;
}
