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

/**
 * A headline figure of the dashboard, as shown.
 * @param {import('playwright-core').Page} page
 * @param {string} key
 */
export async function figure(page, key) {
  return (await page.locator(`[data-testid="kpi-${key}"]`).innerText()).trim();
}

/**
 * The names in the first column of a dashboard card's table view.
 * @param {import('playwright-core').Page} page
 * @param {string} card
 */
async function tableNames(page, card) {
  const box = page.locator(`[data-testid="${card}"]`);
  await box.getByText(/^(Table|表格)$/).click();
  return (
    await box.locator('.ant-table-tbody tr.ant-table-row td:nth-child(1)').allInnerTexts()
  ).map((s) => s.trim());
}

test("the dashboard shows a manager only its region's numbers, the director drills into them", async () => {
  const director = await signIn(browser, 'director', 'en');
  await open(director, '/dashboard');
  const companySales = await figure(director, 'salesAmount');
  const regions = await tableNames(director, 'achievement-by-region');
  assert.ok(regions.length >= 4 && regions.includes('华东大区'), `${regions}`);
  await director.getByRole('button', { name: 'Show the reps of 华东大区' }).click();
  await waitForData(director);
  await director.getByText('华东大区: achievement by rep').waitFor();
  const eastSales = await figure(director, 'salesAmount');
  assert.notEqual(eastSales, companySales, 'the drill-down narrows the figures');
  const eastReps = await tableNames(director, 'achievement-by-rep');
  await screenshot(director, 'dashboard-drilled-en');
  await director.context().close();

  const manager = await signIn(browser, 'manager.east', 'en');
  await open(manager, '/dashboard');
  assert.equal(
    await figure(manager, 'salesAmount'),
    eastSales,
    "the manager's total is its region's",
  );
  assert.deepEqual(await tableNames(manager, 'achievement-by-region'), ['华东大区']);
  assert.deepEqual(
    [...(await tableNames(manager, 'achievement-by-rep'))].sort(),
    [...eastReps].sort(),
    "the manager's reps are the east region's",
  );
  assert.equal(await manager.locator('[data-testid="kpi-grossMargin"]').count(), 0, 'no margin');
  await screenshot(manager, 'dashboard-manager-en');
  await manager.context().close();
});
