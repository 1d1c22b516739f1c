/**
 * Reads the CNCF landscape's landscape.yml and turns its CNCF projects (items
 * with a `project:` key) into the site's project records, unchecked: the
 * validator in src/data/cncf/validate.ts decides what is wrong with them.
 */
import yaml from 'js-yaml';
import {slugify} from '../../src/data/cncf/slug';
import {DATE_FIELDS} from '../../src/data/cncf/types';

/** One landscape item that claims to be a CNCF project, with where it was found. */
export type LandscapeItem = {
  readonly line: number;
  readonly category: unknown;
  readonly subcategory: unknown;
  readonly fields: Readonly<Record<string, unknown>>;
};

/** Where each project field comes from in landscape.yml, so errors point at what to edit. */
export const landscapeField: Readonly<Record<string, string>> = {
  slug: 'slug (or name)',
  name: 'name',
  maturity: 'project',
  category: 'category name',
  subcategory: 'subcategory name',
  homepageUrl: 'homepage_url',
  repoUrl: 'repo_url',
  description: 'description',
  dates: 'extra',
  'dates.accepted': 'extra.accepted',
  'dates.incubating': 'extra.incubating',
  'dates.graduated': 'extra.graduated',
  'dates.archived': 'extra.archived',
};

export class LandscapeError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/**
 * Parses the file and lists its CNCF project items. The core schema keeps
 * unquoted dates as the strings they are written as, so a malformed one is
 * reported as written instead of being turned into a Date or a number.
 */
export function readLandscape(text: string): LandscapeItem[] {
  const lines = new WeakMap<object, number>();
  const open: number[] = [];
  let document: unknown;
  try {
    document = yaml.load(text, {
      schema: yaml.CORE_SCHEMA,
      listener(event, state) {
        if (event === 'open') {
          open.push(state.line + 1);
          return;
        }
        const line = open.pop();
        if (line !== undefined && isRecord(state.result) && !lines.has(state.result)) lines.set(state.result, line);
      },
    });
  } catch (error) {
    if (error instanceof yaml.YAMLException) throw new LandscapeError(error.mark.line + 1, `not valid YAML: ${error.reason}`);
    throw error;
  }
  if (!isRecord(document) || !Array.isArray(document.landscape)) {
    throw new LandscapeError(1, 'has no top-level "landscape:" list; is this the landscape.yml of cncf/landscape?');
  }
  const items: LandscapeItem[] = [];
  for (const category of document.landscape) {
    if (!isRecord(category)) continue;
    for (const subcategory of asList(category.subcategories)) {
      if (!isRecord(subcategory)) continue;
      for (const item of asList(subcategory.items)) {
        if (!isRecord(item) || !('project' in item)) continue;
        items.push({line: lines.get(item) ?? 0, category: category.name, subcategory: subcategory.name, fields: item});
      }
    }
  }
  return items;
}

/** Landscape descriptions carry stray double spaces and line breaks from their YAML. */
function tidy(text: unknown): unknown {
  if (typeof text !== 'string') return text;
  return text.replace(/\s+/g, ' ').trim() || undefined;
}

/** The project record for an item, with each field copied as found; optional fields left out when absent. */
export function toProject(item: LandscapeItem): Record<string, unknown> {
  const {fields} = item;
  const extra = isRecord(fields.extra) ? fields.extra : {};
  const dates = Object.fromEntries(DATE_FIELDS.filter((field) => extra[field] !== undefined).map((field) => [field, extra[field]]));
  const project: Record<string, unknown> = {
    slug: fields.slug ?? (typeof fields.name === 'string' ? slugify(fields.name) : undefined),
    name: typeof fields.name === 'string' ? fields.name.trim() : fields.name,
    maturity: fields.project,
    category: item.category,
    subcategory: item.subcategory,
    homepageUrl: fields.homepage_url,
    repoUrl: fields.repo_url,
    description: tidy(fields.description),
    dates,
  };
  return Object.fromEntries(Object.entries(project).filter(([, value]) => value !== undefined && value !== null));
}
