import path from 'node:path';

export const SITE_ROOT = path.resolve(import.meta.dirname, '..', '..');

/**
 * The build the scripts work on: `build/` (npm run build), or another one named
 * by BUILD_DIR, such as `build-plain` (npm run build:plain, the site without
 * its optimization layer).
 */
export const buildDir = (): string => path.resolve(SITE_ROOT, process.env.BUILD_DIR ?? 'build');
