import {defineConfig} from '@playwright/test';
import {chromiumLaunchOptions, requireKoreanFont, SERVE_PORT} from './scripts/lib/browser';

requireKoreanFont();

/**
 * Every functional test runs against both builds: `build/` (npm run build,
 * with the optimization layer) and `build-plain/` (npm run build:plain,
 * without it). Tests that assert speed or weight say "(optimized build)" in
 * their names and run against `build/` only. Tests that say "(hosted search
 * build)" run against `build-hosted/` only (npm run build:hosted, the site
 * with Algolia DocSearch instead of the local index). E2E_BUILDS=optimized
 * (or plain, or hosted, or a list) runs some of them.
 */
const BUILDS = [
  {name: 'optimized', dir: 'build', port: SERVE_PORT},
  {name: 'plain', dir: 'build-plain', port: SERVE_PORT + 1},
  {name: 'hosted', dir: 'build-hosted', port: SERVE_PORT + 2},
].filter(({name}) => (process.env.E2E_BUILDS ?? 'optimized,plain,hosted').split(',').includes(name));

const OPTIMIZED_ONLY = /\(optimized build\)/;
const HOSTED_ONLY = /\(hosted search build\)/;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: [['list']],
  use: {
    locale: 'ko-KR',
    launchOptions: chromiumLaunchOptions(),
    trace: 'off',
  },
  webServer: BUILDS.map(({dir, port}) => ({
    // node itself, not npm: on SIGTERM npm exits at once, and Playwright then kills the group before serve:nginx has cleaned up.
    command: `BUILD_DIR=${dir} PORT=${port} node --import tsx scripts/serve-nginx.ts`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    // serve:nginx stops nginx and removes its read-only copy of the build on SIGTERM; a SIGKILL would leave the copy behind.
    gracefulShutdown: {signal: 'SIGTERM' as const, timeout: 10_000},
  })),
  projects: BUILDS.map(({name, port}) => ({
    name,
    grep: name === 'hosted' ? HOSTED_ONLY : undefined,
    grepInvert: name === 'plain' ? [OPTIMIZED_ONLY, HOSTED_ONLY] : name === 'optimized' ? HOSTED_ONLY : undefined,
    use: {browserName: 'chromium', baseURL: `http://127.0.0.1:${port}`},
  })),
});
