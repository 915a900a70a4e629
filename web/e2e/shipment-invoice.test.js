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
 * Runs mutation `name` with `input`, asserting it returned no input errors; returns its payload.
 * @param {import('playwright-core').Page} page
 * @param {string} name
 * @param {Record<string, unknown>} input
 * @param {string} selection
 */
async function mutate(page, name, input, selection) {
  const type = `${name[0].toUpperCase()}${name.slice(1)}Input`;
  const data = await graphql(
    page,
    `mutation ($input: ${type}!) { ${name}(input: $input) { ${selection} errors { code message } } }`,
    { input },
  );
  assert.deepEqual(data[name].errors, [], `${name}: ${JSON.stringify(data[name].errors)}`);
  return data[name];
}

test('finance invoices a delivered shipment: the dialog shows what it leaves to invoice and defaults the amount to it', async () => {
  // A contract of its own, activated, paid and delivered, so no other test's data is touched.
  const tag = Date.now().toString(36);
  const rep = await signIn(browser, 'rep.east.1', 'en');
  const customer = await mutate(
    rep,
    'createCustomer',
    {
      name: `E2E 开票 ${tag}`,
      industry: '机械制造',
      source: 'EXHIBITION',
      contactPerson: '王伟',
      mobile: '138 1234 5678',
      address: '上海市浦东新区张江路1号',
    },
    'customer { id }',
  );
  const products = await graphql(
    rep,
    '{ products(first: 50) { nodes { id isActive listPrice } } }',
  );
  const product = products.products.nodes.find(
    (/** @type {any} */ p) =>
      p.isActive && Number(p.listPrice) >= 100 && Number(p.listPrice) <= 5000,
  );
  const draft = await mutate(
    rep,
    'createContract',
    {
      customerId: customer.customer.id,
      lines: [{ productId: product.id, quantity: 3, unitPrice: product.listPrice }],
      startOn: '2026-08-01',
      endOn: '2027-07-31',
    },
    'contract { id number agreedTotal }',
  );
  const contract = draft.contract;
  await mutate(rep, 'submitContract', { contractId: contract.id }, 'contract { status }');
  await rep.context().close();

  const manager = await signIn(browser, 'manager.east', 'en');
  const approved = await mutate(
    manager,
    'approveContract',
    { contractId: contract.id },
    'contract { status }',
  );
  await manager.context().close();
  const finance = await signIn(browser, 'finance', 'en');
  if (approved.contract.status === 'PENDING_APPROVAL')
    await mutate(finance, 'approveContract', { contractId: contract.id }, 'contract { status }');
  const support = await signIn(browser, 'support.east', 'en');
  await mutate(support, 'activateContract', { contractId: contract.id }, 'contract { status }');
  const payment = await mutate(
    finance,
    'recordPayment',
    { contractId: contract.id, amount: contract.agreedTotal },
    'payment { id }',
  );
  await mutate(finance, 'confirmPayment', { paymentId: payment.payment.id }, 'payment { id }');
  const notice = await mutate(
    support,
    'createDeliveryNotice',
    { contractId: contract.id, carrier: '顺丰速运' },
    'shipment { id noticeNumber amount }',
  );
  const shipment = notice.shipment;
  await mutate(support, 'markShipped', { shipmentId: shipment.id }, 'shipment { id }');
  await mutate(support, 'markDelivered', { shipmentId: shipment.id }, 'shipment { id }');
  await support.context().close();

  await open(finance, '/receipts');
  await finance.getByRole('button', { name: 'Issue invoice' }).first().click();
  const dialog = finance.getByRole('dialog', { name: 'Issue an invoice' });
  await dialog.getByRole('combobox', { name: 'Contract' }).fill(contract.number);
  await finance.locator('.ant-select-item-option', { hasText: contract.number }).click();
  await waitForData(finance);
  const row = dialog.locator('tr', { hasText: shipment.noticeNumber });
  await row.waitFor({ timeout: 30_000 });
  await dialog.getByRole('checkbox', { name: `Invoice shipment ${shipment.noticeNumber}` }).check();
  const total = await dialog.getByTestId('invoiceable-total').innerText();
  assert.equal(
    Number(total.replace(/^[^:]*:/, '').replace(/[^\d.]/g, '')),
    Number(shipment.amount),
  );
  const amountField = dialog.getByRole('spinbutton', { name: 'Amount' });
  assert.equal(
    Number((await amountField.inputValue()).replace(/[^\d.]/g, '')),
    Number(shipment.amount),
  );
  assert.deepEqual(await seriousAxeViolations(finance), []);
  await screenshot(finance, 'issue-invoice-dialog');
  await dialog.getByRole('button', { name: 'Issue invoice' }).click();
  await dialog.waitFor({ state: 'detached', timeout: 30_000 });

  const after = await graphql(
    finance,
    'query ($id: ID!) { shipment(id: $id) { invoicedAmount invoiceableAmount contract { invoices(first: 5) { nodes { amount shipments { amount shipment { id } } } } } } }',
    { id: shipment.id },
  );
  assert.equal(Number(after.shipment.invoiceableAmount), 0);
  assert.equal(Number(after.shipment.invoicedAmount), Number(shipment.amount));
  const invoice = after.shipment.contract.invoices.nodes[0];
  assert.deepEqual(
    invoice.shipments.map((/** @type {any} */ s) => [s.shipment.id, Number(s.amount)]),
    [[shipment.id, Number(shipment.amount)]],
  );
  await finance.context().close();
});
