/**
 * Every CNCF project with both descriptions, for what shows or searches them:
 * `description` (the landscape's English, which the table's text search
 * matches), `descriptionKo` (ours, ./descriptions.ko.ts) and
 * `descriptionKoStale` (the English changed after the Korean was written from
 * it; show the Korean with STALE_NOTICE_KO until someone updates it).
 *
 * Kept apart from ./index.ts so that what needs only the projects does not
 * carry the Korean text with it.
 */
import koreanDescriptions from './descriptions.ko';
import {describeProjects, type DescribedProject} from './descriptions';
import snapshot from './projects';

export {STALE_NOTICE_KO, type DescribedProject} from './descriptions';

export const describedProjects: readonly DescribedProject[] = describeProjects(snapshot.projects, koreanDescriptions);
