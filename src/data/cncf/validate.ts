/**
 * The schema of the CNCF data, checked by hand so that every problem names the
 * project and the field and says how to fix it. Used by the import script on
 * what it is about to write, and by the unit tests on what is committed.
 */
import {DATE_FIELDS, MATURITIES, categoryLabels, subcategoryLabels, type CncfSnapshot, type DateField} from './types';

export type Problem = {
  /** Position in the project list; undefined for problems with the snapshot as a whole. */
  readonly index?: number;
  /** The project's name where it has one. */
  readonly project?: string;
  readonly field: string;
  readonly message: string;
};

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const PROJECT_FIELDS = new Set(['slug', 'name', 'maturity', 'category', 'subcategory', 'homepageUrl', 'repoUrl', 'description', 'dates']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True for `YYYY-MM-DD` strings naming a day that exists (no 2023-02-30). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

const show = (value: unknown) => (value === undefined ? 'missing' : JSON.stringify(value));

function checkDates(dates: unknown, report: (field: string, message: string) => void): void {
  if (!isRecord(dates)) {
    report('dates', `is ${show(dates)}; give at least {accepted: 'YYYY-MM-DD'}`);
    return;
  }
  for (const key of Object.keys(dates)) {
    if (!(DATE_FIELDS as readonly string[]).includes(key)) {
      report(`dates.${key}`, `is not a known date; use ${DATE_FIELDS.join(', ')}`);
    }
  }
  if (dates.accepted === undefined) report('dates.accepted', 'is missing; every CNCF project has the date the TOC accepted it');
  const valid: Partial<Record<DateField, string>> = {};
  for (const field of DATE_FIELDS) {
    const value = dates[field];
    if (value === undefined) continue;
    if (isIsoDate(value)) valid[field] = value;
    else report(`dates.${field}`, `${show(value)} is not a date; write it as YYYY-MM-DD, e.g. '2018-03-06'`);
  }
  // A stage cannot be reached before the stage it follows; ISO dates compare as strings.
  const order: ReadonlyArray<[DateField, DateField]> = [
    ['accepted', 'incubating'],
    ['accepted', 'graduated'],
    ['incubating', 'graduated'],
    ['accepted', 'archived'],
  ];
  for (const [earlier, later] of order) {
    const a = valid[earlier];
    const b = valid[later];
    if (a !== undefined && b !== undefined && b < a) {
      report(`dates.${later}`, `${b} is before the ${earlier} date ${a}; one of the two is wrong`);
    }
  }
}

function checkProject(value: unknown, index: number, problems: Problem[]): void {
  const name = isRecord(value) && typeof value.name === 'string' && value.name.trim() !== '' ? value.name : undefined;
  const report = (field: string, message: string) => problems.push({index, project: name, field, message});
  if (!isRecord(value)) {
    report('(project)', `is ${show(value)}, not an object`);
    return;
  }
  for (const key of Object.keys(value)) {
    if (!PROJECT_FIELDS.has(key))
      report(key, `is not a field of a CNCF project; remove it or add it to CncfProject in src/data/cncf/types.ts`);
  }
  if (name === undefined) report('name', `is ${show(value.name)}; every project needs a name`);
  // Slugs derive from names, so a nameless project's missing slug is not a second problem.
  if ((value.slug !== undefined || name !== undefined) && (typeof value.slug !== 'string' || !SLUG.test(value.slug))) {
    report('slug', `${show(value.slug)} is not a slug; use lower-case letters, digits and single hyphens`);
  }
  if (!(MATURITIES as readonly unknown[]).includes(value.maturity)) {
    report('maturity', `${show(value.maturity)} is not a CNCF maturity; use one of ${MATURITIES.join(', ')}`);
  }
  if (typeof value.category !== 'string' || !Object.hasOwn(categoryLabels, value.category)) {
    report('category', `${show(value.category)} has no Korean name; add it to categoryLabels in src/data/cncf/types.ts`);
  }
  if (typeof value.subcategory !== 'string' || !Object.hasOwn(subcategoryLabels, value.subcategory)) {
    report('subcategory', `${show(value.subcategory)} has no Korean name; add it to subcategoryLabels in src/data/cncf/types.ts`);
  }
  if (!isHttpUrl(value.homepageUrl)) report('homepageUrl', `${show(value.homepageUrl)} is not an http(s) URL`);
  if (value.repoUrl !== undefined && !isHttpUrl(value.repoUrl)) report('repoUrl', `${show(value.repoUrl)} is not an http(s) URL`);
  if (value.description !== undefined && (typeof value.description !== 'string' || value.description.trim() === '')) {
    report('description', `${show(value.description)} is not text; leave it out when the project has none`);
  }
  checkDates(value.dates, report);
}

function checkMeta(meta: unknown, problems: Problem[]): void {
  const report = (field: string, message: string) => problems.push({field: `meta.${field}`, message});
  if (!isRecord(meta)) {
    report('(meta)', `is ${show(meta)}; the snapshot needs its date, source and license`);
    return;
  }
  if (!isIsoDate(meta.snapshotDate)) report('snapshotDate', `${show(meta.snapshotDate)} is not a date; write it as YYYY-MM-DD`);
  const source = isRecord(meta.source) ? meta.source : {};
  if (!isHttpUrl(source.repository)) report('source.repository', `${show(source.repository)} is not a repository URL`);
  if (typeof source.path !== 'string' || source.path === '') report('source.path', `${show(source.path)} is not a file path`);
  if (typeof source.commit !== 'string' || !/^[0-9a-f]{40}$/.test(source.commit)) {
    report('source.commit', `${show(source.commit)} is not a full 40-character commit id`);
  }
  if (meta.attribution !== 'CNCF Landscape')
    report('attribution', `${show(meta.attribution)}: the license asks for the credit 'CNCF Landscape'`);
  if (meta.license !== 'Apache-2.0 OR CC-BY-4.0')
    report('license', `${show(meta.license)}: the landscape data is 'Apache-2.0 OR CC-BY-4.0'`);
}

/** Every problem in a list of projects, including slugs used twice. */
export function validateProjects(projects: readonly unknown[]): Problem[] {
  const problems: Problem[] = [];
  const firstWithSlug = new Map<string, {index: number; name: unknown}>();
  projects.forEach((project, index) => {
    checkProject(project, index, problems);
    if (!isRecord(project) || typeof project.slug !== 'string') return;
    const first = firstWithSlug.get(project.slug);
    if (first === undefined) {
      firstWithSlug.set(project.slug, {index, name: project.name});
    } else {
      problems.push({
        index,
        project: typeof project.name === 'string' ? project.name : undefined,
        field: 'slug',
        message: `"${project.slug}" is already the slug of ${show(first.name)} (#${first.index + 1}); slugs must be unique`,
      });
    }
  });
  return problems;
}

/** Every problem in a whole snapshot: its meta and its projects. */
export function validateSnapshot(snapshot: unknown): Problem[] {
  if (!isRecord(snapshot)) return [{field: '(snapshot)', message: `is ${show(snapshot)}, not {meta, projects}`}];
  const problems: Problem[] = [];
  checkMeta(snapshot.meta, problems);
  if (Array.isArray(snapshot.projects)) problems.push(...validateProjects(snapshot.projects));
  else problems.push({field: 'projects', message: `is ${show(snapshot.projects)}, not a list of projects`});
  return problems;
}

/** The snapshot, typed, if it has no problems; otherwise every problem. */
export function parseSnapshot(value: unknown): {snapshot: CncfSnapshot; problems: []} | {snapshot?: never; problems: Problem[]} {
  const problems = validateSnapshot(value);
  return problems.length === 0 ? {snapshot: value as CncfSnapshot, problems: []} : {problems};
}

export function formatProblem(problem: Problem): string {
  const who =
    problem.index === undefined
      ? ''
      : problem.project === undefined
        ? `project #${problem.index + 1} (no name): `
        : `project "${problem.project}": `;
  return `${who}${problem.field} ${problem.message}`;
}
