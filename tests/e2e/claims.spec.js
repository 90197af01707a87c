// User journeys through the claim views in real Chromium: the coverage
// reader (focus a claim, see its twins in every column, scrolled into view),
// the claim matrix (filters, evidence, opening a sentence) and the omission
// view, with axe-core on each.
const path = require('path');
const { test, expect } = require('@playwright/test');
const AxeBuilder = require('@axe-core/playwright').default;
const { guardPage } = require('./guard');

const OUT = path.join(__dirname, 'output');

guardPage();

async function axeClean(page) {
  const result = await new AxeBuilder({ page }).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
}

test('coverage mode: hovering a claim highlights and scrolls to its twins', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 800 });
  await page.goto('/');
  await page.getByTestId('mode-coverage').check();
  await expect(page.getByTestId('coverage-legend')).toBeVisible();
  await expect(page).toHaveURL(/mode=coverage/);
  // Pick a claim TPM states late in its text and at least one other outlet carries.
  const unit = page.locator('[data-column=tpm] [data-claim]:not([data-coverage="0"])').last();
  const id = await unit.getAttribute('data-claim');
  await unit.hover();
  await expect(page).toHaveURL(new RegExp(`claim=${id}`));
  const twins = page.locator(`[data-claim=${id}]`);
  expect(await twins.count()).toBeGreaterThan(1);
  for (let i = 0; i < await twins.count(); i++) {
    const twin = twins.nth(i);
    await expect(twin).toHaveAttribute('data-focused', 'true');
    // Each twin is inside its column's visible area.
    const inView = await twin.evaluate((el) => {
      const body = el.closest('.column-body');
      const a = el.getBoundingClientRect();
      const b = body.getBoundingClientRect();
      return a.bottom > b.top && a.top < b.bottom;
    });
    expect(inView, `${id} twin ${i} scrolled into view`).toBe(true);
  }
  // The focus panel names the claim and opens its evidence.
  const panel = page.getByTestId('focus-panel');
  await expect(panel).toContainText(`${id} carried by`);
  await panel.locator('summary').click();
  await expect(panel.locator('.claim-evidence')).toContainText('score');
  // The badge tells the same as the shade.
  const badge = await unit.locator('.coverage-badge [aria-hidden=true]').textContent();
  expect(badge).toBe(`${await twins.evaluateAll((els) => new Set(els.map((e) => e.closest('[data-column]').dataset.column)).size)}/5`);
  // Keyboard: Tab onto a claim focuses it too.
  await page.locator('[data-column=od] [data-claim]').first().focus();
  const first = await page.locator('[data-column=od] [data-claim]').first().getAttribute('data-claim');
  await expect(page).toHaveURL(new RegExp(`claim=${first}`));
  // Roving focus: one Tab stop per column; arrow keys walk its claims.
  await expect(page.locator('[data-column=od] [data-claim][tabindex="0"]')).toHaveCount(1);
  const odUnits = page.locator('[data-column=od] [data-claim]');
  await page.keyboard.press('ArrowDown');
  await expect(odUnits.nth(1)).toBeFocused();
  const second = await odUnits.nth(1).getAttribute('data-claim');
  await expect(page).toHaveURL(new RegExp(`claim=${second}`));
  await page.keyboard.press('ArrowUp');
  await expect(odUnits.first()).toBeFocused();
  await page.screenshot({ path: path.join(OUT, 'coverage.png') });
  await axeClean(page);
  await page.reload();
  await expect(page.locator(`[data-claim=${first}][data-focused=true]`).first()).toBeVisible();
});

test('claim matrix: filters answer who reports what, and a cell opens the sentence', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('tab-matrix').click();
  await expect(page).toHaveURL(/view=matrix/);
  const rows = page.getByTestId('claim-matrix').locator('tbody tr');
  const all = await rows.count();
  expect(all).toBeGreaterThan(10);
  // Sorted by how many outlets carry each claim.
  const counts = await rows.evaluateAll((rs) => rs.map((r) => Number(r.dataset.outlets)));
  expect([...counts].sort((a, b) => b - a)).toEqual(counts);

  await page.getByTestId('filter-single').click();
  for (const n of await rows.evaluateAll((rs) => rs.map((r) => r.dataset.outlets))) expect(n).toBe('1');
  await page.getByTestId('filter-min-2').click();
  const shared = await rows.count();
  expect(shared).toBeGreaterThan(3);
  for (const n of await rows.evaluateAll((rs) => rs.map((r) => Number(r.dataset.outlets)))) expect(n).toBeGreaterThanOrEqual(2);
  await page.getByTestId('filter-outlet').selectOption('hill');
  await expect(page).toHaveURL(/filter=outlet-hill/);
  const hillRows = await rows.count();
  expect(await page.locator('[data-testid^=cell-][data-testid$=-hill]').count()).toBe(hillRows);
  await page.getByTestId('claim-search').fill('Mercer');
  await expect(page.getByTestId('matrix-count')).toContainText('claims shown');
  for (const text of await rows.locator('th').allTextContents()) expect(text.length).toBeGreaterThan(5);

  // Evidence: open the first row and see the shared terms.
  await page.getByTestId('claim-search').fill('');
  await page.getByTestId('filter-min-2').click();
  const first = rows.first();
  await first.locator('summary').click();
  await expect(first.locator('.claim-evidence')).toContainText('score');
  await axeClean(page);
  await page.screenshot({ path: path.join(OUT, 'matrix.png') });

  const id = await first.getAttribute('data-claim');
  await first.locator('button.cell-button').first().click();
  await expect(page.getByTestId('columns')).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`claim=${id}`));
  expect(await page.locator(`[data-claim=${id}][data-focused=true]`).count()).toBeGreaterThan(1);
  await page.goBack();
  await expect(page.getByTestId('claim-matrix')).toBeVisible();
});

test('omission view: what each outlet leaves out, linked to who says it', async ({ page }) => {
  await page.goto('/#view=omissions');
  for (const slug of ['od', 'blog', 'fud', 'hill', 'tpm']) {
    await expect(page.getByTestId(`omissions-${slug}`)).toBeVisible();
  }
  const items = page.getByTestId('omissions-blog').locator('li[data-claim]');
  const atTwo = await items.count();
  await page.getByTestId('omission-k').selectOption('1');
  await expect(page).toHaveURL(/k=1/);
  expect(await items.count()).toBeGreaterThanOrEqual(atTwo);
  await page.getByTestId('omission-k').selectOption('2');
  await axeClean(page);
  await page.screenshot({ path: path.join(OUT, 'omissions.png') });
  const any = page.locator('[data-testid^=omission-][data-testid*=-c]').first();
  if (await any.count()) {
    await any.click();
    await expect(page.getByTestId('columns')).toBeVisible();
    await expect(page).toHaveURL(/claim=c\d+/);
  }
});
