/**
 * The one module that imports the CNCF projects, for what needs them whole:
 * the build (rows, figures) and the projects page's facts. The figures pages
 * quote come from ./figures.ts, without the projects.
 */
import snapshot from './projects';
import type {CncfProject} from './types';

export {countByStage, graduationsByYear, type GraduationYear} from './stats';
export const {meta, projects} = snapshot;

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
