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
  // The payment also appears in the waiting list below, with its own confirm button; this one is the dialog's.
  await page
    .getByRole('dialog')
    .getByRole('button', { name: 'Confirm payment', exact: true })
    .click();
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

test("a payment support records waits in finance's list until finance confirms it", async () => {
  const support = await signIn(browser, 'support.east', 'en');
  await open(support, '/receivables');
  const row = support.locator('.ant-table-tbody tr.ant-table-row').first();
  const invoice = (await row.locator('td').first().innerText()).trim();
  await row.getByRole('button', { name: `Record a payment for invoice ${invoice}` }).click();
  const dialog = support.getByRole('dialog');
  await dialog.getByLabel('Amount').fill('100');
  await dialog.getByRole('button', { name: 'Record payment' }).click();
  const recorded = await support.getByText(/Payment SK-\d{4}-\d+ recorded/).innerText();
  const number = /SK-\d{4}-\d+/.exec(recorded)?.[0] ?? '';
  assert.equal(
    await support.getByRole('button', { name: 'Confirm payment' }).count(),
    0,
    'support cannot confirm',
  );
  await support.context().close();

  const finance = await signIn(browser, 'finance', 'en');
  await open(finance, '/receivables');
  const waiting = finance.getByRole('table', { name: 'Payments to confirm' });
  await waiting.getByText(number).waitFor();
  await waiting.getByRole('button', { name: `Confirm payment ${number}` }).click();
  await finance.getByText(`Payment ${number} confirmed`).waitFor({ timeout: 30_000 });
  await waitForData(finance);
  assert.equal(await waiting.getByText(number).count(), 0, 'a confirmed payment leaves the list');
  await screenshot(finance, 'receivables-confirmed-en');
  await finance.context().close();
});

test('finance reads the aging as of a past day and by customer', async () => {
  const page = await signIn(browser, 'finance', 'en');
  await open(page, '/receivables');
  const card = page.getByTestId('aging-card');
  await card.getByTestId('aging-open').waitFor();

  // As of 90 days ago: the figures are that day's, as the API computes them.
  const day = new Date(Date.now() - 90 * 86_400_000).toISOString().slice(0, 10);
  /** @type {any} */
  const expected = await page.evaluate(`(async () => {
    const session = JSON.parse(sessionStorage.getItem('salesgraph.session') ?? '{}');
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + session.accessToken },
      body: JSON.stringify({ query: '{ today: receivablesAging { open } past: receivablesAging(asOf: "${day}") { open } }' }),
    });
    return (await response.json()).data;
  })()`);
  assert.notEqual(
    expected.past[0].open,
    expected.today[0].open,
    'the open receivables moved in 90 days',
  );
  const picker = card.locator('.ant-picker input');
  await picker.click();
  await picker.fill(day);
  await picker.press('Enter');
  await card.getByRole('heading', { name: /^Receivables aging as of / }).waitFor();
  await waitForData(page);
  const want = Math.round(Number(expected.past[0].open) * 100);
  const shown = async () =>
    Math.round(amount(await card.getByTestId('aging-open').innerText()) * 100);
  for (let i = 0; i < 60 && (await shown()) !== want; i++) await page.waitForTimeout(500);
  assert.equal(await shown(), want, `the card shows the open receivables as of ${day}`);

  // By customer, as a table: one row per customer with something open that day.
  await card.getByLabel('Group by').click();
  await page.locator('.ant-select-item-option[title="Customer"]').click();
  await card.locator('.ant-segmented').getByText('Table', { exact: true }).click();
  await card.locator('thead th', { hasText: 'Customer' }).waitFor();
  await waitForData(page);
  assert.ok(
    (await card.locator('.ant-table-tbody tr.ant-table-row').count()) > 0,
    'customers owed money that day',
  );
  await screenshot(page, 'receivables-aging-as-of-en');
  await page.context().close();
});
