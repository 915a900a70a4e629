// @ts-check
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser } from './browser.js';
import { open, screenshot, signIn, waitForData } from './session.js';

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
