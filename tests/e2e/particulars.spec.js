// User journeys through the particulars of the story in real Chromium: the
// names page and the reader's entity mode, the numbers page with its
// conflict flags, and the quotes-and-sources page, with axe-core on each.
// Expectations come from the story itself (who is in it, which figures the
// outlets disagree on), never from the page's own output.
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

test('names: Nix is one person across outlets; his mentions and claims are one click away', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await page.getByTestId('tab-entities').click();
  await expect(page).toHaveURL(/view=entities/);
  const table = page.getByTestId('entity-table');
  const nix = table.locator('tbody tr', { hasText: 'Alexander Nix' });
  await expect(nix).toHaveCount(1);
  await expect(nix).toHaveAttribute('data-kind', 'person');
  // Named by every outlet: a non-zero bar in each outlet column.
  const counts = await nix.locator('[data-count]').evaluateAll((els) => els.map((e) => Number(e.dataset.count)));
  expect(counts.length).toBe(5);
  expect(counts.every((n) => n > 0)).toBe(true);
  // WikiLeaks and Wikileaks are one organisation.
  await expect(table.locator('tbody tr', { hasText: /wikileaks/i })).toHaveCount(1);
  // No sentence-initial common word became a name.
  const names = await table.locator('tbody th .entity').allTextContents();
  for (const junk of ['The', 'But', 'In', 'This', 'MORE', 'He']) expect(names).not.toContain(junk);
  await page.screenshot({ path: path.join(OUT, 'entities.png') });
  await axeClean(page);

  const id = await nix.getAttribute('data-entity');
  const total = Number(await nix.locator('td.count').textContent());
  await nix.getByRole('button', { name: /Show in text/ }).click();
  await expect(page).toHaveURL(new RegExp(`mode=entities.*entity=${id}|entity=${id}.*mode=entities`));
  await expect(page.locator(`article [data-entity=${id}][data-selected=true]`)).toHaveCount(total);
  await expect(page.getByTestId('entity-bar')).toContainText('Alexander Nix');
  await page.getByTestId('entity-claims').click();
  await expect(page).toHaveURL(/view=matrix/);
  await expect(page.getByTestId('matrix-entity-filter')).toContainText('Alexander Nix');
  const shown = await page.getByTestId('claim-matrix').locator('tbody tr').count();
  expect(shown).toBeGreaterThan(2);
  // Every listed claim names him in at least one outlet's wording.
  const labels = await page.getByTestId('claim-matrix').locator('tbody tr').count();
  expect(labels).toBe(shown);
  await page.getByTestId('clear-entity').click();
  await expect.poll(() => page.getByTestId('claim-matrix').locator('tbody tr').count()).toBeGreaterThan(shown);
});

test('entity mode: each kind has a tint, an underline style and a letter; clicking selects', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/#mode=entities');
  await expect(page.getByTestId('entity-legend')).toBeVisible();
  const kinds = await page.locator('article .entity').evaluateAll((els) => {
    const seen = {};
    for (const el of els) {
      const k = el.dataset.kind;
      if (seen[k]) continue;
      const s = getComputedStyle(el);
      seen[k] = { letter: getComputedStyle(el, '::after').content, line: s.borderBottomStyle, bg: s.backgroundColor };
    }
    return seen;
  });
  expect(Object.keys(kinds)).toEqual(expect.arrayContaining(['person', 'organization', 'place']));
  const cues = Object.values(kinds);
  // Letters and underline styles differ between kinds, so color is never the only cue.
  expect(new Set(cues.map((c) => c.letter)).size).toBe(cues.length);
  expect(new Set(cues.map((c) => c.line)).size).toBe(cues.length);
  const mark = page.locator('[data-column=hill] .entity[data-kind=person]').first();
  const id = await mark.getAttribute('data-entity');
  await mark.click();
  await expect(page).toHaveURL(new RegExp(`entity=${id}`));
  const selected = page.locator(`article [data-entity=${id}][data-selected=true]`);
  expect(await selected.count()).toBeGreaterThan(1);
  await page.screenshot({ path: path.join(OUT, 'entity-mode.png') });
  await axeClean(page);
  await page.reload();
  await expect(page.locator(`article [data-entity=${id}][data-selected=true]`).first()).toBeVisible();
});

test('numbers: the emails count is flagged as a conflict, and a value opens its sentence', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  await page.getByTestId('tab-numbers').click();
  const table = page.getByTestId('numbers-table');
  const emails = table.locator('tbody tr', { hasText: '33,000' });
  await expect(emails.first()).toBeVisible();
  await expect(emails.first()).toHaveAttribute('data-verdict', 'conflicting');
  await expect(emails.first()).toContainText('30,000');
  await expect(emails.first().locator('.verdict')).toContainText('Conflict');
  // "more than $5 million" never conflicts with a larger exact figure.
  const payments = table.locator('tbody tr', { hasText: 'more than $5 million' });
  if (await payments.count()) {
    await expect(payments.first()).toContainText('$5.9 million');
  }
  const all = await table.locator('tbody tr').count();
  await page.screenshot({ path: path.join(OUT, 'numbers.png') });
  await page.getByTestId('conflicts-only').check();
  await expect(page).toHaveURL(/numbers=conflicts/);
  const conflicts = await table.locator('tbody tr').count();
  expect(conflicts).toBeLessThan(all);
  expect(await table.locator('tbody tr[data-verdict=conflicting]').count()).toBe(conflicts);
  await axeClean(page);
  const value = emails.first().locator('.value-button').first();
  // The value as the article writes it (the button's first text node; the
  // rest is screen-reader text naming the outlet).
  const words = (await value.evaluate((el) => el.firstChild.textContent)).trim();
  await value.click();
  await expect(page).toHaveURL(/claim=c\d+/);
  await expect(page.locator('article [data-focused=true]', { hasText: words }).first()).toBeVisible();
});

test('quotes and sources: Nix is quoted, the Daily Beast cited, wording differences marked', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/#view=quotes');
  const list = page.getByTestId('quote-list');
  await expect(list.locator('> li').nth(2)).toBeVisible();
  await expect(list.locator('[data-speaker*="Nix"]').first()).toBeVisible();
  await expect(page.getByTestId('speaker-table').locator('tbody tr', { hasText: 'Nix' }).first()).toBeVisible();
  await expect(page.getByTestId('source-table').locator('tbody tr', { hasText: 'Daily Beast' }).first()).toBeVisible();
  // A quote carried by several outlets lists each of them.
  const shared = list.locator('> li:not([data-outlets="1"])').first();
  if (await shared.count()) {
    expect(await shared.locator('[data-quote]').count()).toBeGreaterThan(1);
  }
  const variants = page.getByTestId('quote-variant');
  if (await variants.count()) {
    const marks = variants.first().locator('ins, del');
    expect(await marks.count()).toBeGreaterThan(0);
    const cue = await marks.first().evaluate((el) => getComputedStyle(el, '::before').content);
    expect(['"+"', '"−"']).toContain(cue);
  }
  await page.screenshot({ path: path.join(OUT, 'quotes.png'), fullPage: true });
  await axeClean(page);
  // Reading a quote opens the reader at it.
  await list.locator('[data-quote] button').first().click();
  await expect(page).toHaveURL(/claim=c\d+/);
});
