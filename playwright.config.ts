import {defineConfig} from '@playwright/test';
import {chromiumLaunchOptions, requireKoreanFont, SERVE_PORT} from './scripts/lib/browser';

requireKoreanFont();

const baseURL = `http://127.0.0.1:${SERVE_PORT}`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: [['list']],
  use: {
    baseURL,
    locale: 'ko-KR',
    launchOptions: chromiumLaunchOptions(),
    trace: 'off',
  },
  webServer: {
    // node itself, not npm: on SIGTERM npm exits at once, and Playwright then kills the group before serve:nginx has cleaned up.
    command: `PORT=${SERVE_PORT} node --import tsx scripts/serve-nginx.ts`,
    url: `${baseURL}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    // serve:nginx stops nginx and removes its read-only copy of the build on SIGTERM; a SIGKILL would leave the copy behind.
    gracefulShutdown: {signal: 'SIGTERM', timeout: 10_000},
  },
  projects: [{name: 'chromium', use: {browserName: 'chromium'}}],
});
