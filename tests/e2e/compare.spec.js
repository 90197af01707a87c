// User journeys through the comparison views in real Chromium: the reader's
// language mode (filter by category, read a mark's category and rule from
// the keyboard), the profiles charts, the similarity heat map with its
// evidence, and the pair view, with axe-core on each. Besides the shared
// guard (no console errors, nothing leaving the origin), every request must
// be for one of the page's own files in dist/.
//
// The language journey needs the lexicon (analysis::language::find): with
// no marks in the bundled story it fails at its first mark.
const fs = require('fs');
const path = require('path');
const { test, expect } = require('@playwright/test');
const AxeBuilder = require('@axe-core/playwright').default;
const { guardPage } = require('./guard');

const OUT = path.join(__dirname, 'output');
const DIST = path.resolve(__dirname, '../../dist');
const SLUGS = ['od', 'blog', 'fud', 'hill', 'tpm'];
const CATEGORY_LABELS = [
  'Loaded term', 'Intensifier', 'Emotive word', 'Label for people', 'Call to action',
  'Hedge', 'Certainty booster', 'All caps', 'Exclamation',
];

guardPage();

// Every request is for a file the build wrote (the page, its script, wasm,
// stylesheet and icon), never anything else, even on the same origin.
test.beforeEach(async ({ page, baseURL }) => {
  const origin = new URL(baseURL).origin;
  page.strayRequests = [];
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (['data:', 'blob:'].includes(url.protocol)) return;
    const file = decodeURIComponent(url.pathname).replace(/^\/+/, '') || 'index.html';
    const inDist = path.resolve(DIST, file);
    if (url.origin !== origin || !inDist.startsWith(DIST + path.sep) || !fs.existsSync(inDist)) {
      page.strayRequests.push(req.url());
    }
  });
});

test.afterEach(async ({ page }) => {
  expect(page.strayRequests, 'requests for anything but the page\'s own files').toEqual([]);
});

async function axeClean(page) {
  const result = await new AxeBuilder({ page }).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
}

const hashParams = (page) => new URLSearchParams(new URL(page.url()).hash.slice(1));

test('language mode: filter by category, and a mark tells its category and rule on focus', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('columns')).toBeVisible();
  await page.getByTestId('mode-language').check();
  await expect(page).toHaveURL(/mode=language/);
  const bar = page.getByTestId('language-bar');
  await expect(bar).toBeVisible();
  for (const box of await bar.locator('input[type=checkbox]').all()) await expect(box).toBeChecked();
  await expect(page.getByTestId('voice-all')).toBeChecked();

  const marks = page.locator('article .lang[data-mark]');
  await expect(marks.first()).toBeVisible();
  // The README's picture: the columns with every category marked.
  await page.getByTestId('columns').scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(OUT, 'language.png') });
  // Filter: hide the category of the first mark; its marks go, others stay.
  const category = await marks.first().getAttribute('data-cat');
  const total = await marks.count();
  const ofCategory = await page.locator(`article .lang[data-cat=${category}]`).count();
  await page.getByTestId(`cat-${category}`).uncheck();
  await expect(page.locator(`article .lang[data-cat=${category}]`)).toHaveCount(0);
  await expect(marks).toHaveCount(total - ofCategory);
  await expect(page).toHaveURL(/marks=/);
  const shown = hashParams(page).get('marks').split(',');
  expect(shown).not.toContain(category);
  expect(shown.length).toBe(8);
  expect(hashParams(page).get('mode')).toBe('language');

  // Keyboard: Tab from the columns reaches a mark; focus shows its title.
  await page.getByTestId('columns').focus();
  let focused = null;
  for (let i = 0; i < 120 && !focused; i++) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() => {
      const el = document.activeElement;
      return el && el.matches('article .lang[data-mark]') ? el.dataset.mark : null;
    });
  }
  expect(focused, 'Tab reaches a language mark').not.toBeNull();
  const mark = page.locator(`article .lang[data-mark=${focused}]`);
  await expect(mark).toBeFocused();
  const title = await mark.getAttribute('title');
  const [, label, voice, rule] = title.match(/^(.+) \((own voice|quoted)\) · (.+)$/) || [];
  expect(CATEGORY_LABELS, title).toContain(label);
  expect(rule, title).toBeTruthy();
  expect(await mark.getAttribute('data-voice')).toBe(voice === 'quoted' ? 'quoted' : 'own');
  // The focus tooltip prints the title, so it needs no mouse.
  const tip = await mark.evaluate((el) => getComputedStyle(el, '::after').content);
  expect(tip).toBe(JSON.stringify(title));

  await axeClean(page);
});

test('profiles: a chart per metric with a bar per outlet, and the numbers as a table', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('tab-profiles').click();
  await expect(page).toHaveURL(/view=profiles/);
  await expect(page.getByTestId('tab-profiles')).toHaveAttribute('aria-current', 'page');
  const charts = page.getByTestId('profiles-view').locator('figure.chart');
  await expect(charts).toHaveCount(12);
  for (const chart of await charts.all()) {
    await expect(chart).toBeVisible();
    await expect(chart.locator('svg[role=img]')).toBeVisible();
    await expect(chart.locator('rect.chart-bar')).toHaveCount(5);
    await expect(chart.locator('text.chart-value')).toHaveCount(5);
    // Every value is printed next to its bar, so the chart reads without color.
    const box = await chart.locator('rect.chart-bar').first().boundingBox();
    expect(box).not.toBeNull();
  }
  const table = page.getByTestId('profiles-table');
  await expect(table).toBeVisible();
  await expect(table.locator('tbody tr')).toHaveCount(13);
  for (const row of await table.locator('tbody tr').all()) await expect(row.locator('td')).toHaveCount(5);
  // The words chart and the words row print the same numbers.
  const words = await page.locator('figure[data-metric=words] text.chart-value').allTextContents();
  expect(await table.locator('tr[data-metric=words] td').allTextContents()).toEqual(words);
  for (const slug of SLUGS) await expect(page.getByTestId(`top-marks-${slug}`)).toHaveCount(1);
  await page.screenshot({ path: path.join(OUT, 'profiles.png'), fullPage: true });
  await axeClean(page);
});

test('similarity: a cell opens its evidence; dimension and pair survive a reload', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('tab-similarity').click();
  await expect(page).toHaveURL(/view=similarity/);
  const table = page.getByTestId('sim-table');
  await expect(table).toHaveAttribute('data-dim', 'overall');
  await expect(table.locator('button.sim-cell')).toHaveCount(20);
  // Symmetric: the two cells of a pair print the same score.
  for (const [a, b] of [['od', 'blog'], ['hill', 'tpm'], ['fud', 'od']]) {
    expect(await page.getByTestId(`sim-${a}-${b}`).textContent())
      .toBe(await page.getByTestId(`sim-${b}-${a}`).textContent());
  }
  await expect(page.getByTestId('pair-evidence')).toHaveCount(0);

  await page.getByTestId('sim-hill-tpm').click();
  await expect(page.getByTestId('sim-hill-tpm')).toHaveAttribute('aria-pressed', 'true');
  const evidence = page.getByTestId('pair-evidence');
  await expect(evidence).toBeVisible();
  await expect(evidence.locator('h3')).toContainText('Hill');
  await expect(evidence.locator('h3')).toContainText('TPM');
  // The Hill and TPM carry the same Nix quotation: shared claims are listed.
  const claims = evidence.getByTestId('evidence-claims').locator('li');
  await expect(claims.first()).toBeVisible();
  await expect(claims.first()).toContainText(/^c\d+ /);

  // Style: scores on the darker steps, whose cells switch to light ink.
  const before = await page.getByTestId('sim-hill-tpm').textContent();
  await page.getByTestId('dim-style').check();
  await expect(table).toHaveAttribute('data-dim', 'style');
  await expect(page).toHaveURL(/dim=style/);
  await expect(page).toHaveURL(/pair=hill,tpm/);
  expect(hashParams(page).get('view')).toBe('similarity');
  const style = await page.getByTestId('sim-hill-tpm').textContent();
  expect(style).toMatch(/^(0\.\d\d|1\.00)$/);
  expect(before).toMatch(/^(0\.\d\d|1\.00)$/);

  await page.reload();
  await expect(page.getByTestId('similarity-view')).toBeVisible();
  await expect(page.getByTestId('dim-style')).toBeChecked();
  await expect(table).toHaveAttribute('data-dim', 'style');
  await expect(page.getByTestId('sim-hill-tpm')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('sim-hill-tpm')).toHaveText(style);
  await expect(evidence).toBeVisible();
  await page.screenshot({ path: path.join(OUT, 'similarity.png'), fullPage: true });
  await axeClean(page);
});

test('pair: the evidence opens both outlets word by word; another outlet updates the rows', async ({ page }) => {
  await page.goto('/#view=similarity&pair=hill,tpm');
  await page.getByRole('button', { name: 'Compare their wording side by side' }).click();
  const view = page.getByTestId('pair-view');
  await expect(view).toBeVisible();
  await expect(page).toHaveURL(/view=pair/);
  await expect(page).toHaveURL(/pair=hill,tpm/);
  await expect(page.getByTestId('pair-0')).toHaveValue('3');
  await expect(page.getByTestId('pair-1')).toHaveValue('4');
  const rows = page.getByTestId('pair-table').locator('tbody tr[data-claim]');
  await expect(rows.first()).toBeVisible();
  const hillTpm = await rows.evaluateAll((rs) => rs.map((r) => r.dataset.claim));
  const count = page.getByTestId('pair-count');
  await expect(count).toContainText(`${hillTpm.length} claims both state`);
  // Scoped to the view: the outlet chips' "only" buttons share these test ids.
  await expect(view.getByTestId('pair-only-hill')).toBeVisible();
  await expect(view.getByTestId('pair-only-tpm')).toBeVisible();
  // Differences are struck, underlined or boxed, never color alone.
  for (const del of await view.locator('del[data-diff]').all()) {
    expect(await del.evaluate((el) => getComputedStyle(el).textDecorationLine)).toContain('line-through');
  }

  await page.getByTestId('pair-0').selectOption({ label: 'Occupy Democrats' });
  await expect(page).toHaveURL(/pair=od,tpm/);
  await expect(page.getByTestId('pair-0')).toHaveValue('0');
  await expect(page.getByTestId('pair-1')).toHaveValue('4');
  await expect(view.getByTestId('pair-only-od')).toBeVisible();
  await expect(view.getByTestId('pair-only-hill')).toHaveCount(0);
  const odTpm = await rows.evaluateAll((rs) => rs.map((r) => r.dataset.claim));
  expect(odTpm).not.toEqual(hillTpm);
  await expect(count).toContainText(`${odTpm.length} claims both state`);
  await expect(count).toContainText('only in OccDem');

  // The other side's outlet cannot be picked. Whatever is picked, in any
  // order, both pickers show the pair the URL names and the rows compare
  // (a second outlet before the first reorders the pair).
  const disabled = (picker) => page.getByTestId(picker).locator('option')
    .evaluateAll((os) => os.filter((o) => o.disabled).map((o) => o.value));
  expect(await disabled('pair-0')).toEqual(['4']);
  expect(await disabled('pair-1')).toEqual(['0']);
  for (const [picker, value, expected] of [
    ['pair-0', '2', 'fud,tpm'], ['pair-0', '3', 'hill,tpm'],
    ['pair-1', '2', 'fud,hill'], ['pair-0', '4', 'hill,tpm'],
  ]) {
    await page.getByTestId(picker).selectOption(value);
    await expect(page).toHaveURL(new RegExp(`pair=${expected}`));
    const [first, second] = expected.split(',');
    await expect(page.getByTestId('pair-0')).toHaveValue(String(SLUGS.indexOf(first)));
    await expect(page.getByTestId('pair-1')).toHaveValue(String(SLUGS.indexOf(second)));
    await expect(view.getByTestId(`pair-only-${first}`)).toBeVisible();
    await expect(view.getByTestId(`pair-only-${second}`)).toBeVisible();
  }

  await page.screenshot({ path: path.join(OUT, 'pair.png'), fullPage: true });
  await axeClean(page);
});
