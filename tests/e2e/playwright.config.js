// End-to-end tests: the release build in dist/, served over http on
// loopback, driven in Debian's Chromium (never a downloaded browser).
const path = require('path');
const { defineConfig } = require('@playwright/test');

const root = path.resolve(__dirname, '../..');
const port = Number(process.env.E2E_PORT || 4173);

module.exports = defineConfig({
  testDir: __dirname,
  outputDir: path.join(__dirname, 'output', 'results'),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic',
        '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `python3 -m http.server ${port} --bind 127.0.0.1 --directory dist`,
    cwd: root,
    url: `http://127.0.0.1:${port}/index.html`,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'ignore',
    timeout: 30_000,
  },
});
