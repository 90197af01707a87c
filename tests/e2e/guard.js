// Shared by every spec: each test fails on a console error or on any request
// that leaves the page's origin (the page must work with no network).
const { test, expect } = require('@playwright/test');

function guardPage() {
  test.beforeEach(async ({ page, baseURL }) => {
    const origin = new URL(baseURL).origin;
    page.consoleErrors = [];
    page.foreignRequests = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') page.consoleErrors.push(msg.text());
    });
    page.on('pageerror', (err) => page.consoleErrors.push(String(err)));
    page.on('request', (req) => {
      const url = new URL(req.url());
      if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) {
        page.foreignRequests.push(req.url());
      }
    });
  });

  test.afterEach(async ({ page }) => {
    expect(page.consoleErrors, 'console errors').toEqual([]);
    expect(page.foreignRequests, 'requests leaving the origin').toEqual([]);
  });
}

module.exports = { guardPage };
