/** Counting over any list of projects; no data here, so pages can use it without shipping the projects. */
import {compareIsoDates} from './dates';
import {MATURITIES, type CncfProject, type Maturity} from './types';

export function countByStage(list: readonly Pick<CncfProject, 'maturity'>[]): Record<Maturity, number> {
  const counts = Object.fromEntries(MATURITIES.map((stage) => [stage, 0])) as Record<Maturity, number>;
  for (const project of list) counts[project.maturity] += 1;
  return counts;
}

export type GraduationYear = {readonly year: number; readonly projects: readonly CncfProject[]};

/** Every year from the first graduation to the snapshot, with the projects that graduated in it (none for a quiet year). */
export function graduationsByYear(list: readonly CncfProject[], untilYear: number): GraduationYear[] {
  // Made here, not when the module loads: pages that only count would otherwise load ICU's collator for nothing.
  const nameCollator = new Intl.Collator('en');
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
