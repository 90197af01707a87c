// The single-file page (dist-single/parallax.html, scripts/single-file.py)
// opened straight from disk, and the Content-Security-Policy of both pages:
// each renders the bundled story with no console error, no CSP violation and
// no request beyond its own files (file:, or the served origin) and data:/blob:.
const path = require('path');
const { pathToFileURL } = require('url');
const { test, expect } = require('@playwright/test');
const { guardPage, refusedRequests, fromDisk, sameOrigin } = require('./guard');

const SINGLE = pathToFileURL(path.resolve(__dirname, '../../dist-single/parallax.html')).href;

// Every test: no console errors, no CSP violations, and requests only to the
// page's own files: file:/data:/blob: from disk, the origin when served.
guardPage({ allow: (url, baseURL) => fromDisk(url) || sameOrigin(url, baseURL) });

// Opens `url` and waits for the five bundled articles' columns.
async function open(page, url) {
  await page.goto(url);
  await expect(page.getByTestId('columns')).toBeVisible();
  await expect(page.locator('article[data-column]')).toHaveCount(5);
}

// The page's policy: the element right after <meta charset>, never unsafe.
async function policy(page) {
  const meta = page.locator('head > meta[charset] + meta[http-equiv="Content-Security-Policy"]');
  await expect(meta).toHaveCount(1);
  const content = await meta.getAttribute('content');
  expect(content).toContain("default-src 'none'");
  expect(content).not.toContain('unsafe-inline');
  expect(content).not.toContain("'unsafe-eval'");
  return content;
}

test('the single file runs from disk with only its own bytes', async ({ page, baseURL }) => {
  await open(page, SINGLE);
  expect(page.url()).toMatch(/^file:/);
  await expect(page.getByTestId('column-hill').locator('h2')).toContainText('The Hill');
  const content = await policy(page);
  expect(content).toContain("connect-src 'none'");
  expect(content).not.toContain("'self'");
  expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
  expect(refusedRequests(page, fromDisk, baseURL), 'requests other than file:/data:/blob:').toEqual([]);
});

test('the single file enforces its policy (the violation recorder works)', async ({ page }) => {
  await open(page, SINGLE);
  // An inline style attribute is what a policy without 'unsafe-inline' blocks.
  await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<p id=csp-probe style="color: rgb(255, 0, 0)">x</p>'));
  await expect.poll(() => page.cspViolations.length).toBe(1);
  expect(page.cspViolations[0]).toMatch(/^style-src-attr /);
  expect(await page.locator('#csp-probe').evaluate((el) => getComputedStyle(el).color)).not.toBe('rgb(255, 0, 0)');
  // Expected here; the guard checks that nothing else went wrong.
  page.cspViolations.length = 0;
  page.consoleErrors = page.consoleErrors.filter((e) => !e.includes('Content Security Policy'));
});

test('the served page keeps to its policy too', async ({ page }) => {
  await open(page, '/');
  const content = await policy(page);
  expect(content).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
  expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
});

test('the single file imports articles from disk and keeps them in local storage', async ({ page }) => {
  const fixture = (name) => path.resolve(__dirname, '../fixtures/import', name);
  await open(page, SINGLE);
  await page.getByTestId('tab-articles').click();
  await page.getByTestId('import-files').setInputFiles([fixture('council.txt'), fixture('herald.html'), fixture('photo.txt')]);
  await expect(page.getByTestId('import-notices').locator('li')).toHaveCount(3);
  await expect(page.getByTestId('import-notices')).toContainText('“photo.txt” is not a text file');
  await expect(page.getByTestId('progress')).toHaveCount(0);
  await expect(page.getByTestId('articles-table').locator('tbody tr')).toHaveCount(7);
  await page.reload();
  await expect(page.getByTestId('articles-table').locator('tbody tr')).toHaveCount(7);
  await page.getByTestId('tab-reader').click();
  await expect(page.locator('article[data-column]')).toHaveCount(7);
  await expect(page.getByTestId('column-the-herald')).toContainText('the council passed');
  await expect(page.getByTestId('storage-notice')).toHaveCount(0);
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem('parallax.articles')).articles.length)).toBe(7);
});
