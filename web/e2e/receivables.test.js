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

/** @param {string} text e.g. "CN¥1,254,309,479.65" */
const amount = (text) => Number(text.replace(/[^\d.]/g, ''));

/** @param {import('playwright-core').Page} page */
async function collected(page) {
  await open(page, '/dashboard');
  return amount(await page.locator('[data-testid="kpi-collectedAmount"]').innerText());
}

/** @param {import('playwright-core').Page} page */
async function totalRows(page) {
  const text = await page.locator('[data-testid="table-total"]').first().innerText();
  return Number(text.replace(/[^\d]/g, ''));
}

test("finance records and confirms a payment, and the dashboard's collection figure moves", async () => {
  const page = await signIn(browser, 'finance', 'en');
  const before = await collected(page);

  await open(page, '/receivables');
  const overdue = await totalRows(page);
  assert.ok(overdue > 0, 'the demo data has overdue invoices');
  const row = page.locator('.ant-table-tbody tr.ant-table-row').first();
  const invoice = (await row.locator('td').first().innerText()).trim();
  await row.getByRole('button', { name: `Record a payment for invoice ${invoice}` }).click();
  const dialog = page.getByRole('dialog');
  const field = dialog.getByLabel('Amount');

  // A validation error shows beside its field.
  await field.fill('0');
  await dialog.getByRole('button', { name: 'Record payment' }).click();
  await dialog.getByText('The amount must be above 0').waitFor();

  const open_ = amount(
    await dialog.locator('.ant-descriptions-item', { hasText: 'Open' }).innerText(),
  );
  await field.fill(open_.toFixed(2));
  await dialog.getByRole('button', { name: 'Record payment' }).click();
  await page.getByRole('button', { name: 'Confirm payment' }).click();
  await page.getByText(/Payment SK-\d{4}-\d+ confirmed/).waitFor({ timeout: 30_000 });
  await waitForData(page);
  assert.equal(
    await totalRows(page),
    overdue - 1,
    'the invoice paid in full leaves the overdue list',
  );
  await screenshot(page, 'receivables-paid-en');

  const after = await collected(page);
  assert.equal(Math.round((after - before) * 100), Math.round(open_ * 100), `${before} → ${after}`);
  await page.context().close();
});
