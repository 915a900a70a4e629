// @ts-check
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser } from './browser.js';
import { open, screenshot, seriousAxeViolations, signIn, waitForData } from './session.js';

/** @type {import('playwright-core').Browser} */
let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

/** @param {import('playwright-core').Locator} input */
const valueOf = async (input) => Number((await input.inputValue()).replace(/[^\d.]/g, ''));

test('the split editor flags a sum mismatch, saves a balanced split, and the audit log lists it', async () => {
  const year = new Date().getFullYear();
  const page = await signIn(browser, 'director', 'en');
  await open(page, '/targets');
  await page.getByRole('button', { name: `Split the target: Company ${year}` }).click();
  const dialog = page.getByRole('dialog');
  const north = dialog.getByRole('spinbutton', { name: '华北大区 Sales target' });
  const east = dialog.getByRole('spinbutton', { name: '华东大区 Sales target' });
  const gap = dialog.locator('[data-testid="split-gap-salesAmount"]');
  const save = dialog.getByRole('button', { name: 'Save split' });
  assert.equal((await gap.innerText()).trim(), 'Sums match');

  const northBefore = await valueOf(north);
  await north.fill(String(northBefore + 1000));
  await gap.getByText('Over by CN¥1,000.00').waitFor();
  assert.ok(await save.isDisabled(), 'a split that does not sum cannot be saved');
  await dialog.getByText('The parts must sum to the target above them').waitFor();
  await screenshot(page, 'targets-split-mismatch-en');

  const eastBefore = await valueOf(east);
  await east.fill(String(eastBefore - 1000));
  await gap.getByText('Sums match').waitFor();
  await save.click();
  await page.getByText('Split saved').waitFor({ timeout: 30_000 });
  await waitForData(page);
  const northRow = page.locator('.ant-table-tbody tr.ant-table-row', { hasText: '华北大区' });
  assert.match(await northRow.innerText(), new RegExp((northBefore + 1000).toLocaleString('en')));

  await open(page, '/audit');
  await page.getByRole('combobox', { name: 'Object type' }).click();
  await page.locator('.ant-select-item-option', { hasText: /^Target$/ }).click();
  await waitForData(page);
  const newest = await page.locator('.ant-table-tbody tr.ant-table-row').first().innerText();
  assert.match(newest, /splitTarget:update/);
  assert.match(newest, /director/);
  assert.match(newest, new RegExp(`SalesAmount: ${northBefore}(\\.0+)? → ${northBefore + 1000}`));
  await screenshot(page, 'audit-target-split-en');
  await page.context().close();
});

test("a manager re-splits its region's target over its reps until the parts sum to it", async () => {
  const page = await signIn(browser, 'manager.east', 'en');
  await open(page, '/targets');
  assert.equal(
    await page.getByRole('button', { name: /^Split the target: Company/ }).count(),
    0,
    'a manager sees no company target',
  );
  await page.getByRole('button', { name: 'Split the target: 华东大区' }).click();
  const dialog = page.getByRole('dialog');
  const cells = dialog.locator('.ant-table-summary tr');
  const figure = async (/** @type {number} */ row) =>
    Number((await cells.nth(row).locator('td').nth(1).innerText()).replace(/[^\d.]/g, ''));
  const rep = (await dialog.locator('.ant-table-tbody tr td').first().innerText()).trim();
  const first = dialog.getByRole('spinbutton', { name: `${rep} Sales target` });
  const before = await valueOf(first);
  // Move ¥5,000 onto the first rep, then make the parts meet the region's target (whatever it is now).
  await first.fill(String(before + 5000));
  const gap = dialog.locator('[data-testid="split-gap-salesAmount"]');
  await gap.getByText(/^Over by/).waitFor();
  const balanced = before + 5000 + ((await figure(1)) - (await figure(0)));
  await first.fill(String(balanced));
  await gap.getByText('Sums match').waitFor();
  await dialog.getByRole('button', { name: 'Save split' }).click();
  await page.getByText('Split saved').waitFor({ timeout: 30_000 });
  await waitForData(page);
  const region = page.locator('.ant-table-tbody tr.ant-table-row', { hasText: '华东大区' });
  assert.match(await region.innerText(), /Sums match/);
  await screenshot(page, 'targets-manager-en');
  await page.context().close();
});

/**
 * The cells of the table row that starts with `name`, as shown.
 * @param {import('playwright-core').Locator} scope
 * @param {string} name
 */
async function rowCells(scope, name) {
  const row = scope.locator('.ant-table-tbody tr.ant-table-row', {
    has: scope.page().locator('td:first-child', { hasText: new RegExp(`^${name}$`) }),
  });
  return (await row.first().locator('td').allInnerTexts()).map((s) => s.trim());
}

test("the director's target tree shows a region's actual and achievement as the dashboard does", async () => {
  const page = await signIn(browser, 'director', 'en');
  await open(page, '/dashboard');
  const card = page.locator('[data-testid="achievement-by-region"]');
  await card.getByText(/^Table$/).click();
  // Dashboard table: region, sales, target, achievement, collected, …
  const [, dashSales, , dashAchievement, dashCollected] = await rowCells(card, '华东大区');

  await open(page, '/targets');
  const tree = page.getByRole('table', { name: /^Sales targets/ });
  // Target tree: target, sales target, sales, achievement, gap, collection target, collected, …
  const [, , sales, achievement, , , collected] = await rowCells(tree, '华东大区');
  assert.equal(sales, dashSales);
  assert.equal(achievement, dashAchievement);
  assert.equal(collected, dashCollected);

  // The region's reps are read when the row is opened.
  const east = page.locator('.ant-table-tbody tr.ant-table-row', { hasText: '华东大区' }).first();
  const rowsBefore = await page.locator('.ant-table-tbody tr.ant-table-row').count();
  await east.getByRole('button', { name: /expand/i }).click();
  await waitForData(page);
  await page
    .locator('.ant-table-tbody tr.ant-table-row')
    .nth(rowsBefore)
    .waitFor({ timeout: 30_000 });
  await screenshot(page, 'targets-region-open-en');
  // The export holds the rows read, with the same columns.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  let text = '';
  for await (const chunk of await download.createReadStream()) text += chunk;
  const [header, ...lines] = text
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  assert.ok(header?.startsWith('Target,Sales target,Sales,Achievement,Gap to target'), header);
  assert.equal(lines.length, await page.locator('.ant-table-tbody tr.ant-table-row').count());
  assert.deepEqual(await seriousAxeViolations(page), []);
  await page.context().close();
});

/**
 * Sends a GraphQL request from the page with the signed-in user's token.
 * @param {import('playwright-core').Page} page
 * @param {string} query
 * @param {Record<string, unknown>} variables
 */
async function graphql(page, query, variables) {
  const body = JSON.stringify({ query, variables });
  /** @type {any} */
  const result = await page.evaluate(`(async () => {
    const session = JSON.parse(sessionStorage.getItem('salesgraph.session') ?? '{}');
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + session.accessToken },
      body: ${JSON.stringify(body)},
    });
    return response.json();
  })()`);
  return result;
}

test('a director adds 大区 parts to a company target not split yet and saves a balanced split', async () => {
  // The oldest year the page offers holds no targets in the demo data.
  const year = new Date().getFullYear() - 3;
  const page = await signIn(browser, 'director', 'en');
  const read = await graphql(
    page,
    'query ($year: Int) { targetTree(year: $year, depth: 0) { childrenSalesAmount target { scope } } }',
    { year },
  );
  const company = read.data.targetTree.find((/** @type {any} */ n) => n.target.scope === 'COMPANY');
  assert.ok(
    !company?.childrenSalesAmount,
    `the company target of ${year} is split already: use a fresh database`,
  );
  if (!company) {
    // The UI splits targets but does not create them: the director sets the yearly one through the API.
    const set = await graphql(
      page,
      'mutation ($input: SetTargetInput!) { setTarget(input: $input) { errors { message } } }',
      { input: { year, salesAmount: 1000000, collectionAmount: 800000, newCustomers: 10 } },
    );
    assert.deepEqual(set.data.setTarget.errors, []);
  }

  await open(page, '/targets');
  await page.getByRole('combobox', { name: 'Year' }).click();
  await page.locator('.ant-select-item-option', { hasText: String(year) }).click();
  await waitForData(page);
  await page.getByRole('button', { name: `Split the target: Company ${year}` }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText('No parts yet').waitFor();
  const addPart = async (/** @type {string} */ name) => {
    await dialog.getByRole('combobox', { name: 'Add a part' }).click();
    await page.locator('.ant-select-item-option', { hasText: name }).click();
    await dialog.getByRole('spinbutton', { name: `${name} Sales target` }).waitFor();
  };
  await addPart('华东大区');
  await addPart('华北大区');
  const fill = async (/** @type {string} */ name, /** @type {number[]} */ figures) => {
    const labels = ['Sales target', 'Collection target', 'New A/B customers'];
    for (const [i, label] of labels.entries())
      await dialog.getByRole('spinbutton', { name: `${name} ${label}` }).fill(String(figures[i]));
  };
  await fill('华东大区', [600000, 500000, 6]);
  const gap = dialog.locator('[data-testid="split-gap-salesAmount"]');
  await gap.getByText('Short by CN¥400,000.00').waitFor();
  await fill('华北大区', [400000, 300000, 4]);
  await gap.getByText('Sums match').waitFor();
  await screenshot(page, 'targets-split-added-en');
  assert.deepEqual(await seriousAxeViolations(page), []);
  await dialog.getByRole('button', { name: 'Save split' }).click();
  await page.getByText('Split saved').waitFor({ timeout: 30_000 });
  await waitForData(page);
  const root = page.locator('.ant-table-tbody tr.ant-table-row', { hasText: `Company ${year}` });
  await root.getByText('Sums match').waitFor();
  const east = page.locator('.ant-table-tbody tr.ant-table-row', { hasText: '华东大区' });
  assert.match(await east.innerText(), /600,000/);
  await page.context().close();
});

test('the API refuses to drop a 大区 whose target is split further, and the editor says so beside it', async () => {
  const year = new Date().getFullYear();
  const page = await signIn(browser, 'director', 'en');
  await open(page, '/targets');
  await page.getByRole('button', { name: `Split the target: Company ${year}` }).click();
  const dialog = page.getByRole('dialog');
  const labels = ['Sales target', 'Collection target', 'New A/B customers'];
  const input = (/** @type {string} */ name, /** @type {string} */ label) =>
    dialog.getByRole('spinbutton', { name: `${name} ${label}` });
  await input('西部大区', labels[0]).waitFor();
  // Move the west region's figures onto the east region, so the sums still match without it.
  for (const label of labels) {
    const moved =
      (await valueOf(input('华东大区', label))) + (await valueOf(input('西部大区', label)));
    await input('华东大区', label).fill(String(moved));
  }
  await dialog.getByRole('button', { name: 'Remove the part: 西部大区' }).click();
  await dialog.locator('[data-testid="split-gap-salesAmount"]').getByText('Sums match').waitFor();
  await dialog.getByRole('button', { name: 'Save split' }).click();
  const west = dialog.locator('.ant-table-tbody tr', { hasText: '西部大区' });
  await west.getByText(/is split further/).waitFor({ timeout: 30_000 });
  await screenshot(page, 'targets-remove-refused-en');
  await dialog.getByRole('button', { name: 'Keep the part: 西部大区' }).click();
  await input('西部大区', labels[0]).waitFor();
  await page.context().close();
});
