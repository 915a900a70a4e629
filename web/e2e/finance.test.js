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

/** @param {string} text e.g. "CN¥1,254,309.65" */
const amount = (text) => Number(text.replace(/[^\d.-]/g, ''));
/** @param {number} yuan */
const fen = (yuan) => Math.round(yuan * 100);

/**
 * @param {import('playwright-core').Page} page
 * @param {string} query
 * @param {Record<string, unknown>} [variables]
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
  assert.equal(result.errors, undefined, JSON.stringify(result.errors));
  return result.data;
}

/**
 * A customer whose two oldest unpaid invoices are both OPEN, with those two invoices oldest due first.
 * @param {import('playwright-core').Page} page
 */
async function customerWithTwoOpenInvoices(page) {
  const data = await graphql(
    page,
    '{ invoices(first: 100, where: { status: { eq: OPEN } }, order: [{ dueOn: DESC }]) { nodes { contract { customer { id } } } } }',
  );
  const seen = new Set();
  for (const node of data.invoices.nodes) {
    const id = node.contract.customer.id;
    if (seen.has(id)) continue;
    seen.add(id);
    const customer = (
      await graphql(
        page,
        'query ($id: ID!) { customer(id: $id) { id name receivables(first: 100, order: [{ dueOn: ASC }, { issuedOn: ASC }]) { nodes { number status openAmount } } } }',
        { id },
      )
    ).customer;
    const [first, second] = customer.receivables.nodes;
    if (first?.status === 'OPEN' && second?.status === 'OPEN')
      return { ...customer, first, second };
  }
  throw new Error('no customer with two open invoices in the demo data');
}

test('finance records a receipt, applies it to two invoices oldest first with an edited amount, and keeps the rest on account', async () => {
  const page = await signIn(browser, 'finance', 'en');
  await open(page, '/receipts');
  const customer = await customerWithTwoOpenInvoices(page);
  const open1 = Number(customer.first.openAmount);
  const open2 = Number(customer.second.openAmount);
  const part2 = Math.round(open2 * 50) / 100; // half of the second invoice, to the fen
  const received = (fen(open1) + fen(open2)) / 100;

  await open(page, `/receipts?customer=${encodeURIComponent(customer.id)}`);
  const onAccountBefore = amount(await page.getByTestId('desk-unapplied').innerText());
  const receivablesBefore = amount(await page.getByTestId('desk-open-receivables').innerText());

  await page.getByRole('button', { name: 'Record receipt' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Amount').fill(received.toFixed(2));
  await dialog.getByLabel('Bank reference').fill('E2E-ICBC-0001');
  await dialog.getByRole('button', { name: 'Record receipt' }).click();
  await dialog.waitFor({ state: 'detached' });
  await waitForData(page);

  // The new receipt is chosen; oldest first fills the two oldest invoices in full.
  await page.getByRole('heading', { name: /^Apply receipt HK-/ }).waitFor();
  const first = page.getByLabel(`Amount to apply to invoice ${customer.first.number}`);
  const second = page.getByLabel(`Amount to apply to invoice ${customer.second.number}`);
  assert.equal(fen(amount(await first.inputValue())), fen(open1));
  assert.equal(fen(amount(await second.inputValue())), fen(open2));

  // Finance pays only half of the second one: the rest stays on the customer's account.
  await second.fill(part2.toFixed(2));
  await second.blur();
  assert.equal(
    fen(amount(await page.getByTestId('apply-left').innerText())),
    fen(received) - fen(open1) - fen(part2),
  );
  await screenshot(page, 'finance-apply-receipt');
  assert.deepEqual(
    (await seriousAxeViolations(page)).map((v) => `${v.id}: ${v.help}`),
    [],
  );
  await page.getByRole('button', { name: 'Apply receipt' }).click();
  await page.getByText(/^Receipt HK-.* applied$/).waitFor();
  await waitForData(page);

  // The first invoice is paid and leaves the open list; the second is partly paid with the rest open.
  const rows = page.locator('section[aria-labelledby="apply-receipt"] tr[data-invoice]');
  await page.locator(`tr[data-invoice="${customer.first.number}"]`).waitFor({ state: 'detached' });
  const row2 = rows.and(page.locator(`[data-invoice="${customer.second.number}"]`));
  await row2.getByText('Partly paid').waitFor();
  assert.equal(
    fen(amount(await row2.getByTestId('invoice-open').innerText())),
    fen(open2) - fen(part2),
  );
  assert.equal(
    fen(amount(await page.getByTestId('desk-unapplied').innerText())),
    fen(onAccountBefore) + fen(received) - fen(open1) - fen(part2),
  );
  assert.equal(
    fen(amount(await page.getByTestId('desk-open-receivables').innerText())),
    fen(receivablesBefore) - fen(open1) - fen(part2),
  );

  // The invoice list, filtered to paid invoices, shows the first one as paid with nothing open.
  const list = page.locator('section[aria-labelledby="finance-invoices"]');
  await list.locator('label.ant-radio-button-wrapper', { hasText: /^Paid$/ }).click();
  await list.getByLabel('Search invoice number').fill(customer.first.number);
  await list.getByLabel('Search invoice number').press('Enter');
  await waitForData(page);
  // The search answers after the status filter's own request: wait for the narrowed list, not the first answer.
  const paid = list.locator('.ant-table-tbody tr.ant-table-row');
  await paid.nth(1).waitFor({ state: 'detached' });
  await paid.first().getByText(customer.first.number).waitFor();
  await paid.first().getByText('Paid').waitFor();
  assert.equal(await paid.count(), 1);
  assert.equal(fen(amount(await paid.first().locator('td').last().innerText())), 0);
  await screenshot(page, 'finance-invoices-paid');
});

test('finance voids an open invoice with a reason and it moves to the void ones', async () => {
  const page = await signIn(browser, 'finance', 'en');
  await open(page, '/receipts');
  const list = page.locator('section[aria-labelledby="finance-invoices"]');
  await list.locator('label.ant-radio-button-wrapper', { hasText: /^Open$/ }).click();
  await waitForData(page);
  // Not the first rows: other browser tests pay the oldest overdue invoices.
  const row = list.locator('.ant-table-tbody tr.ant-table-row').nth(4);
  const number = (await row.locator('td').first().innerText()).trim();
  await row.getByRole('button', { name: `Void invoice ${number}` }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Void' }).click();
  await dialog.getByText('Say why the invoice is voided').waitFor();
  await dialog.getByLabel('Reason').fill('Wrong buyer tax number');
  await dialog.getByRole('button', { name: 'Void' }).click();
  await page.getByText(`Invoice ${number} voided`).waitFor();

  await list.locator('label.ant-radio-button-wrapper', { hasText: /^Void$/ }).click();
  await list.getByLabel('Search invoice number').fill(number);
  await list.getByLabel('Search invoice number').press('Enter');
  await waitForData(page);
  const voided = list.locator('.ant-table-tbody tr.ant-table-row');
  await voided.first().getByText('Void', { exact: true }).waitFor();
  assert.equal(await voided.count(), 1);
});

test('the receipts desk speaks Chinese', async () => {
  const page = await signIn(browser, 'director', 'zh-CN');
  await open(page, '/receipts');
  await page.getByRole('heading', { name: '回款' }).first().waitFor();
  await page.getByText('选择客户以登记并核销回款').waitFor();
  await page.getByText('未结清', { exact: true }).waitFor();
});
