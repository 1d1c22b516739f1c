/**
 * The one module that imports the CNCF data: every component reads it from
 * here, so a page that shows several of them still ships the data once.
 */
import {compareIsoDates} from './dates';
import snapshot from './projects';
import {MATURITIES, type CncfProject, type Maturity} from './types';

export const {meta, projects} = snapshot;

export function countByStage(list: readonly CncfProject[]): Record<Maturity, number> {
  const counts = Object.fromEntries(MATURITIES.map((stage) => [stage, 0])) as Record<Maturity, number>;
  for (const project of list) counts[project.maturity] += 1;
  return counts;
}

export type GraduationYear = {readonly year: number; readonly projects: readonly CncfProject[]};

/** Every year from the first graduation to the snapshot, with the projects that graduated in it (none for a quiet year). */
const nameCollator = new Intl.Collator('en');

export function graduationsByYear(list: readonly CncfProject[], untilYear: number): GraduationYear[] {
  const graduated = list
    .filter((project) => project.dates.graduated !== undefined)
    .sort((a, b) => compareIsoDates(a.dates.graduated ?? '', b.dates.graduated ?? '') || nameCollator.compare(a.name, b.name));
  const first = graduated[0]?.dates.graduated;
  if (first === undefined) return [];
  const years: GraduationYear[] = [];
  for (let year = Number(first.slice(0, 4)); year <= untilYear; year += 1) {
    years.push({year, projects: graduated.filter((project) => project.dates.graduated?.startsWith(`${year}-`))});
  }
  return years;
}

const bySlug = new Map(projects.map((project) => [project.slug, project]));

/** The project with this slug; a wrong slug fails the build rather than rendering nothing. */
export function projectBySlug(slug: string): CncfProject {
  const project = bySlug.get(slug);
  if (project === undefined) {
    throw new Error(
      `"${slug}" is not the slug of a CNCF project in src/data/cncf/projects.ts (snapshot ${meta.snapshotDate}). ` +
        'Slugs are the lower-cased, hyphenated project names, e.g. "kubernetes", "open-policy-agent-opa".',
    );
  }
  return project;
}
