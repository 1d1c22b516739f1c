/**
 * What the pages quote from the CNCF data: counts, areas, the graduation
 * timeline and the facts of named projects. Worked out at build time
 * (./plugin.ts) so that a page ships these instead of all 255 projects.
 */
import {slugify} from './slug';
import {categoryLabels, subcategoryLabels, type CncfProject, type CncfSnapshot, type Maturity, type SnapshotMeta} from './types';
import {countByStage, graduationsByYear} from './stats';

export type AreaOption = {
  readonly id: string;
  readonly category: keyof typeof categoryLabels;
  readonly count: number;
  readonly subcategories: ReadonlyArray<{id: string; subcategory: keyof typeof subcategoryLabels; count: number}>;
};

export type CncfSummary = {
  readonly meta: SnapshotMeta;
  readonly total: number;
  readonly counts: Readonly<Record<Maturity, number>>;
  /** The areas that hold at least one project, in the landscape's order. */
  readonly areas: readonly AreaOption[];
  /** Every year from the first graduation to the snapshot's, with the names of the projects that graduated in it. */
  readonly graduations: ReadonlyArray<{year: number; names: readonly string[]}>;
};

const keysOf = <T extends object>(labels: T) => Object.keys(labels) as Array<keyof T>;

export function areaOptions(projects: CncfSnapshot['projects']): AreaOption[] {
  return keysOf(categoryLabels).flatMap((category) => {
    const inCategory = projects.filter((project) => project.category === category);
    if (inCategory.length === 0) return [];
    const subcategories = keysOf(subcategoryLabels).flatMap((subcategory) => {
      const count = inCategory.filter((project) => project.subcategory === subcategory).length;
      return count === 0 ? [] : [{id: `${slugify(category)}/${slugify(subcategory)}`, subcategory, count}];
    });
    return [{id: slugify(category), category, count: inCategory.length, subcategories}];
  });
}

export function summarize({meta, projects}: CncfSnapshot): CncfSummary {
  return {
    meta,
    total: projects.length,
    counts: countByStage(projects),
    areas: areaOptions(projects),
    graduations: graduationsByYear(projects, Number(meta.snapshotDate.slice(0, 4))).map(({year, projects: graduated}) => ({
      year,
      names: graduated.map((project) => project.name),
    })),
  };
}

/**
 * The landscape's English description of each project that has one, by
 * project name: what the maturity table loads when a reader opens a row's
 * English or searches, so that its HTML carries the Korean only.
 */
export function englishByName({projects}: CncfSnapshot): Record<string, string> {
  return Object.fromEntries(projects.flatMap(({name, description}) => (description ? [[name, description]] : [])));
}

/** What a page says about a named project: the row without its description and repository. */
export type ProjectFacts = Pick<CncfProject, 'name' | 'homepageUrl' | 'category' | 'subcategory' | 'maturity' | 'dates'>;

export function factsBySlug({projects}: CncfSnapshot): Record<string, ProjectFacts> {
  return Object.fromEntries(
    projects.map(({slug, name, homepageUrl, category, subcategory, maturity, dates}) => [
      slug,
      {name, homepageUrl, category, subcategory, maturity, dates},
    ]),
  );
}

/** The facts of the project with this slug; a wrong slug fails the build rather than rendering nothing. */
export function lookUpFacts(facts: Readonly<Record<string, ProjectFacts>>, slug: string, snapshotDate: string): ProjectFacts {
  const found = Object.hasOwn(facts, slug) ? facts[slug] : undefined;
  if (found === undefined) {
    throw new Error(
      `"${slug}" is not the slug of a CNCF project in src/data/cncf/projects.ts (snapshot ${snapshotDate}). ` +
        'Slugs are the lower-cased, hyphenated project names, e.g. "kubernetes", "open-policy-agent-opa".',
    );
  }
  return found;
}
