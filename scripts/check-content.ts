import path from 'node:path';
import {checkContentReport, formatProblem} from './content/check';

async function main(): Promise<void> {
  const siteDir = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, '..'));
  const {problems, warnings} = await checkContentReport(siteDir);
  for (const warning of warnings) console.warn(formatProblem({...warning, message: `warning: ${warning.message}`}));
  if (warnings.length > 0) console.warn(`content check: ${warnings.length} warning(s); they do not fail the check\n`);
  for (const problem of problems) console.error(formatProblem(problem));
  if (problems.length > 0) {
    console.error(`\ncontent check: ${problems.length} problem(s); fix them and run "npm run check:content" again`);
    process.exitCode = 1;
  } else {
    console.log(`content check: no problems${warnings.length > 0 ? ` (${warnings.length} warning(s) above)` : ''}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
