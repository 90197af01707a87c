// Shared by every spec: each test fails on a console error, on a
// Content-Security-Policy violation, or on a request its rule does not allow
// (by default: leaving the page's origin; the page must work with no network).
const { test, expect } = require('@playwright/test');

const INLINE = ['data:', 'blob:'];

// Request rules, (url: URL, baseURL) => allowed.
// The served page: its own origin, or data:/blob:.
const sameOrigin = (url, baseURL) => INLINE.includes(url.protocol) || url.origin === new URL(baseURL).origin;
// A page opened from disk: file:, data: and blob: only (no http at all).
const fromDisk = (url) => ['file:', ...INLINE].includes(url.protocol);

// Starts recording on `page`; call before its first goto. Fills
// page.consoleErrors (console errors and uncaught exceptions), page.requests
// (every request URL) and page.cspViolations (each `securitypolicyviolation`,
// kept across reloads; the current document also lists its own on
// window.__cspViolations).
async function watch(page) {
  page.consoleErrors = [];
  page.requests = [];
  page.cspViolations = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') page.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => page.consoleErrors.push(String(err)));
  page.on('request', (req) => page.requests.push(req.url()));
  await page.exposeFunction('__reportCspViolation', (v) => page.cspViolations.push(v));
  await page.addInitScript(() => {
    window.__cspViolations = [];
    window.addEventListener('securitypolicyviolation', (e) => {
      const v = `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`;
      window.__cspViolations.push(v);
      window.__reportCspViolation(v);
    }, true);
  });
}

// The request URLs `page` made that `allow` refuses.
const refusedRequests = (page, allow, baseURL) => page.requests.filter((u) => !allow(new URL(u), baseURL));

// Every test of the calling spec is watched and must end clean.
function guardPage({ allow = sameOrigin } = {}) {
  test.beforeEach(async ({ page }) => {
    await watch(page);
  });

  test.afterEach(async ({ page, baseURL }) => {
    expect(page.consoleErrors, 'console errors').toEqual([]);
    expect(page.cspViolations, 'Content-Security-Policy violations').toEqual([]);
    expect(refusedRequests(page, allow, baseURL), 'requests leaving the origin').toEqual([]);
  });
}

module.exports = { guardPage, watch, refusedRequests, sameOrigin, fromDisk };
