import { defineConfig, devices } from '@playwright/test';
import { chooseBrowser } from './tests/browser.ts';

const browser = chooseBrowser();
const port = Number(process.env['PORT'] ?? 4321);
const isCI = Boolean(process.env['CI']);

export default defineConfig({
  testDir: './tests/e2e',
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  workers: 2,
  timeout: 60_000,
  reporter: isCI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      args: browser.args,
      ...(browser.executablePath ? { executablePath: browser.executablePath } : {}),
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  // Serves the already-built dist/ (npm test builds first); `npm run serve` is the same server as `npm start`.
  webServer: {
    command: 'npm run serve',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !isCI,
    env: { PORT: String(port) },
    timeout: 60_000,
  },
});
