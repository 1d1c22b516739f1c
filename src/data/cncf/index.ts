/**
 * The one module that imports the CNCF projects, for what needs them whole:
 * the build and the maturity table's rows. Pages quote ./figures.ts and
 * ./facts.ts instead, which carry no more than they show.
 */
import snapshot from './projects';

export {countByStage, graduationsByYear, type GraduationYear} from './stats';
export const {meta, projects} = snapshot;
