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

/** @param {string} text e.g. "CN¥1,254,309.65" or "-¥12.00" */
const amount = (text) => Number(text.replace(/[^\d.-]/g, ''));

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
 * A delivered shipment of the clerk's region nothing has been returned from yet, with its contract and customer.
 * @param {import('playwright-core').Page} page
 */
async function freshDeliveredShipment(page) {
  const data = await graphql(
    page,
    '{ shipments(first: 100, where: { status: { eq: DELIVERED } }, order: [{ deliveredOn: DESC }]) { nodes { id noticeNumber contract { id customer { id } } } } }',
  );
  for (const shipment of data.shipments.nodes) {
    if (!shipment.contract) continue;
    const lines = (
      await graphql(
        page,
        'query ($id: ID!) { returnableLines(shipmentId: $id) { returned returnable unitPrice product { sku } } }',
        { id: shipment.id },
      )
    ).returnableLines;
    if (lines.every((/** @type {any} */ l) => l.returned === 0) && lines[0]?.returnable > 0)
      return { ...shipment, line: lines[0] };
  }
  throw new Error('no fresh delivered shipment in the demo data');
}

/**
 * The customer's open receivables as its page shows them.
 * @param {import('playwright-core').Page} page
 * @param {string} customerId
 */
async function openReceivables(page, customerId) {
  await open(page, `/customers/${encodeURIComponent(customerId)}`);
  const figure = page.getByTestId('customer-open-receivables');
  await figure.waitFor();
  return amount(await figure.innerText());
}

test("a clerk requests a return, the manager approves it, the clerk receives it and the customer's receivable drops by the credit", async () => {
  const clerk = await signIn(browser, 'support.east', 'en');
  const shipment = await freshDeliveredShipment(clerk);
  const customerId = shipment.contract.customer.id;
  const before = await openReceivables(clerk, customerId);

  // The clerk requests one unit back from the contract page's shipments.
  await open(clerk, `/contracts/${encodeURIComponent(shipment.contract.id)}`);
  await clerk
    .getByRole('button', { name: `Request a return: shipment ${shipment.noticeNumber}` })
    .click();
  const request = clerk.getByRole('dialog');
  // Without a reason or any quantity the dialog says what is missing and sends nothing.
  await request.getByRole('button', { name: 'Request return' }).click();
  await request.getByText('Give a reason').waitFor();
  await request.getByLabel('Reason').fill('包装破损 / damaged packaging');
  await request.getByRole('button', { name: 'Request return' }).click();
  await request.getByText('Enter a quantity on at least one line').waitFor();
  await request.getByLabel(`Quantity to return of ${shipment.line.product.sku}`).fill('1');
  await request.getByRole('button', { name: 'Request return' }).click();
  await clerk.getByText(/Return TH-\d{4}-\d+ recorded/).waitFor({ timeout: 30_000 });
  await clerk.waitForURL(/\/returns\//);
  const returnUrl = new URL(clerk.url()).pathname;
  await waitForData(clerk);
  await clerk.locator('.ant-tag', { hasText: 'Requested' }).first().waitFor();
  assert.equal(
    await clerk.getByRole('button', { name: 'Receive goods' }).count(),
    0,
    'not before approval',
  );

  // The region's manager approves it (in Chinese).
  const manager = await signIn(browser, 'manager.east', 'zh-CN');
  await open(manager, returnUrl);
  await manager.getByRole('button', { name: '批准' }).click();
  await manager.getByText(/已批准退货单 TH-\d{4}-\d+/).waitFor({ timeout: 30_000 });
  await manager.locator('.ant-tag', { hasText: '已批准' }).first().waitFor();
  await screenshot(manager, 'return-approved-zh');
  await manager.context().close();

  // The clerk books the goods back; the credit note follows.
  await open(clerk, returnUrl);
  await clerk.getByRole('button', { name: 'Receive goods' }).click();
  await clerk.getByRole('dialog').getByRole('button', { name: 'Receive goods' }).click();
  await clerk
    .getByText(/Return TH-\d{4}-\d+ received; credit note issued/)
    .waitFor({ timeout: 30_000 });
  const note = clerk.getByRole('region', { name: 'Credit note' });
  await note.waitFor();
  assert.match(await note.innerText(), /HZ-\d{4}-\d+/);
  const credit = amount(await clerk.getByTestId('credit-note-amount').innerText());
  assert.equal(Math.round(credit * 100), Math.round(Number(shipment.line.unitPrice) * 100));
  await screenshot(clerk, 'return-received-en');

  const after = await openReceivables(clerk, customerId);
  assert.equal(
    Math.round((before - after) * 100),
    Math.round(credit * 100),
    `${before} → ${after}`,
  );
  await clerk.context().close();
});
