// User journeys through the side-by-side reader, in real Chromium against the
// release build: columns, outlet chips, search, boilerplate, URL state,
// accessibility, console errors and network isolation.
const path = require('path');
const { test, expect } = require('@playwright/test');
const AxeBuilder = require('@axe-core/playwright').default;
const { guardPage } = require('./guard');

const SCREENSHOT = path.join(__dirname, 'output', 'parallax.png');

// Every test: no console errors, no request leaving the page's origin.
guardPage();

const columns = (page) => page.locator('article[data-column]');

async function open(page, hash = '') {
  await page.goto(`/${hash}`);
  await expect(page.getByTestId('columns')).toBeVisible();
}

test('five articles side by side, each with outlet, date and headline', async ({ page }) => {
  await open(page);
  await expect(columns(page)).toHaveCount(5);
  for (const [slug, outlet] of [
    ['od', 'Occupy Democrats'], ['blog', 'progressive blog'], ['fud', 'Fudzilla'],
    ['hill', 'The Hill'], ['tpm', 'Talking Points Memo'],
  ]) {
    const col = page.getByTestId(`column-${slug}`);
    await expect(col.locator('h2')).toContainText(outlet);
    await expect(col.locator('.headline')).toHaveCount(1);
  }
  await expect(page.getByTestId('column-fud').locator('.column-meta')).toContainText('26 Oct 2017');
  // Columns sit side by side: same top edge, increasing left edge.
  const boxes = await columns(page).evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()));
  for (let i = 1; i < boxes.length; i++) {
    expect(Math.abs(boxes[i].top - boxes[0].top)).toBeLessThan(2);
    expect(boxes[i].left).toBeGreaterThan(boxes[i - 1].left);
  }
  await page.screenshot({ path: SCREENSHOT, fullPage: false });
});

test('chips toggle columns, and reload and back/forward keep the view', async ({ page }) => {
  await open(page);
  const chip = page.getByTestId('chip-tpm');
  await expect(chip).toHaveAttribute('aria-pressed', 'true');
  await chip.click();
  await expect(columns(page)).toHaveCount(4);
  await expect(chip).toHaveAttribute('aria-pressed', 'false');
  await expect(page).toHaveURL(/#outlets=od,blog,fud,hill$/);

  await page.getByTestId('search-input').fill('Assange');
  await expect(page).toHaveURL(/q=Assange/);
  await page.reload();
  await expect(columns(page)).toHaveCount(4);
  await expect(page.getByTestId('search-input')).toHaveValue('Assange');
  await expect(page.getByTestId('column-tpm')).toHaveCount(0);

  await page.goBack();
  await expect(columns(page)).toHaveCount(5);
  await page.goForward();
  await expect(columns(page)).toHaveCount(4);

  await page.getByTestId('only-hill').click();
  await expect(columns(page)).toHaveCount(1);
  await page.getByTestId('show-all').click();
  await expect(columns(page)).toHaveCount(5);
});

test('search highlights matches in every column and counts them per outlet', async ({ page }) => {
  await open(page);
  await page.getByTestId('search-input').fill('cambridge analytica');
  const summary = page.getByTestId('match-summary');
  await expect(summary).toContainText('matches for “cambridge analytica”');
  let total = 0;
  for (const slug of ['od', 'blog', 'fud', 'hill', 'tpm']) {
    const marks = page.getByTestId(`column-${slug}`).locator('mark[data-match]');
    const n = await marks.count();
    expect(n, slug).toBeGreaterThan(0);
    await expect(page.getByTestId(`chip-count-${slug}`)).toContainText(String(n));
    for (const text of await marks.allTextContents()) {
      expect(text.toLowerCase().replace(/\s+/g, ' ')).toBe('cambridge analytica');
    }
    total += n;
  }
  await expect(summary).toContainText(`${total} matches`);
  await page.getByTestId('search-input').press('Escape');
  await expect(page.locator('mark[data-match]')).toHaveCount(0);
});

test('boilerplate is dimmed with its reason, and the switch hides it', async ({ page }) => {
  await open(page);
  const pitch = page.getByTestId('column-tpm').locator('[data-reason=membership-pitch]').first();
  await expect(pitch).toBeVisible();
  await expect(pitch).toHaveAttribute('title', /Boilerplate \(membership pitch\)/);
  await pitch.focus();
  const why = await pitch.evaluate((el) => getComputedStyle(el, '::after').content);
  expect(why).toContain('Why:');
  await expect(page.getByTestId('column-hill').locator('[data-role=inline-boilerplate]')).toHaveCount(1);

  await page.getByTestId('hide-boilerplate').check();
  await expect(page.locator('[data-role=boilerplate]')).toHaveCount(0);
  await expect(page.locator('[data-role=inline-boilerplate]')).toHaveCount(0);
  await expect(page.getByTestId('hidden-note-tpm')).toBeVisible();
  await expect(page).toHaveURL(/boilerplate=hide/);
  // The glued related-link text is gone and the sentence reads on.
  await expect(page.getByTestId('column-hill')).toContainText('Hillary Clinton deleted from the private server');
});

test('a malformed hash falls back to the default view without an error', async ({ page }) => {
  await open(page, '#outlets=%zz,&q=%E2%8&boilerplate=maybe&x=%');
  await expect(columns(page)).toHaveCount(5);
  await expect(page.getByTestId('search-input')).toHaveValue('');
  const notice = page.getByTestId('link-notice');
  await expect(notice).toContainText('could not be read');
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
});

test('a huge paste is cut to the search limit with a notice', async ({ page }) => {
  await open(page);
  await page.getByTestId('search-input').fill('Assange '.repeat(500));
  await expect(page.getByTestId('search-clipped')).toBeVisible();
  const value = await page.getByTestId('search-input').inputValue();
  expect(value.length).toBe(200);
});

test('keyboard alone reaches the chips, the search and the switch', async ({ page }) => {
  await open(page);
  // Tab order: the view tabs, then the outlet chips.
  for (const id of ['tab-reader', 'tab-matrix', 'tab-omissions', 'tab-entities', 'tab-numbers', 'tab-quotes', 'tab-profiles', 'tab-similarity', 'tab-pair', 'tab-articles', 'export-claims', 'export-entities', 'export-numbers', 'export-similarity', 'export-json', 'copy-link', 'chip-od']) {
    await page.keyboard.press('Tab');
    await expect(page.getByTestId(id)).toBeFocused();
  }
  await page.keyboard.press('Enter');
  await expect(columns(page)).toHaveCount(4);
  await page.getByTestId('search-input').focus();
  await page.keyboard.type('Nix');
  await expect(page.locator('mark[data-match]').first()).toBeVisible();
});

test('axe-core finds no accessibility violations', async ({ page }) => {
  await open(page);
  await page.getByTestId('search-input').fill('WikiLeaks');
  await page.getByTestId('legend').locator('summary').click();
  const plain = await new AxeBuilder({ page }).analyze();
  expect(plain.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  await page.getByTestId('hide-boilerplate').check();
  await page.getByTestId('chip-fud').click();
  const filtered = await new AxeBuilder({ page }).analyze();
  expect(filtered.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
});
