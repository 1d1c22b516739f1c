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
    command: `PORT=${SERVE_PORT} npm run serve:nginx`,
    url: `${baseURL}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
  projects: [{name: 'chromium', use: {browserName: 'chromium'}}],
});
