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

/** The order the clerk takes in the first test, read by the others. */
const order = { url: '', number: '', customer: '' };
/** The delivery notice the clerk issues for part of that order. */
const notice = { url: '', number: '' };

/**
 * The value of a row of the page's description list.
 * @param {import('playwright-core').Page} page
 * @param {string} label
 */
async function field(page, label) {
  const item = page.locator('.ant-descriptions-item-label', { hasText: label }).first();
  return (await item.locator('xpath=following-sibling::*[1]').innerText()).trim();
}

/**
 * The cells of the order's only line, by column title.
 * @param {import('playwright-core').Page} page
 */
async function lineCells(page) {
  const table = page.locator('.ant-table').first();
  const titles = (await table.locator('thead th').allInnerTexts()).map((s) => s.trim());
  const cells = (
    await table.locator('tbody tr.ant-table-row').first().locator('td').allInnerTexts()
  ).map((s) => s.trim());
  return Object.fromEntries(titles.map((title, i) => [title, cells[i]]));
}

const openOptions = '.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option';

/**
 * Opens a select by its label and picks the first option containing `option`; returns the option's text.
 * @param {import('playwright-core').Page} page
 * @param {import('playwright-core').Locator} combobox
 * @param {string | RegExp} option
 */
async function pick(page, combobox, option) {
  await combobox.click();
  const choice = page.locator(openOptions, { hasText: option }).first();
  await choice.waitFor({ timeout: 15_000 });
  const text = (await choice.innerText()).trim();
  await choice.click();
  return text;
}

test('a clerk takes a distributor’s order without contract and records its confirmation (zh-CN)', async () => {
  const page = await signIn(browser, 'support.east', 'zh-CN');

  // The clerk's dashboard opens with the desk's queues, late confirmations first.
  await open(page, '/dashboard');
  await page.getByTestId('work-queues').waitFor({ timeout: 15_000 });
  await page.getByTestId('queue-tab-lateConfirmations').waitFor();
  for (const queue of ['paidAwaitingShipment', 'dueToShipToday', 'lateShipments', 'shippedUnpaid'])
    await page.getByTestId(`queue-tab-${queue}`).waitFor();
  assert.deepEqual(await seriousAxeViolations(page), []);
  await screenshot(page, 'orders-dashboard-queues-zh-CN');
  // The tab's count and the queue's table agree (the demo data of the east region has no late order today:
  // vitest's work-queues test follows a queued order's link).
  const count = (
    await page.getByTestId('queue-tab-lateConfirmations').locator('.ant-tag').innerText()
  ).trim();
  await page
    .getByTestId('work-queues')
    .getByTestId('table-total')
    .getByText(`共 ${count} 条`)
    .waitFor({ timeout: 15_000 });

  await open(page, '/orders');
  assert.deepEqual(await seriousAxeViolations(page), []);
  await page.getByRole('button', { name: '新建订货单' }).click();
  await page.getByRole('heading', { name: '新建订货单' }).waitFor();
  await waitForData(page);

  const form = page.getByRole('form', { name: '新建订货单' });
  const customerText = await pick(page, form.getByRole('combobox', { name: '客户' }), '(经销商)');
  order.customer = customerText.replace(/^\S+\s+/, '').replace(/\s*\(.*\)$/, '');
  // A distributor may order at list price whether or not it holds an active contract.
  const basis = form.getByRole('combobox', { name: '合同' });
  // The picker opens once the customer's contracts are read.
  await form
    .locator('.ant-select:not(.ant-select-disabled) #contractId')
    .waitFor({ timeout: 15_000 });
  await waitForData(page);
  await pick(page, basis, '无合同，按价目表');
  await pick(page, form.getByRole('combobox', { name: '产品名称' }), /\S/);
  const price = await form.getByTestId('line-unit-price').innerText();
  assert.match(price, /¥/, `the list price is shown: ${price}`);

  // Beyond the API's limit: its error stands under the line's quantity, found by the input path.
  await form.getByLabel('数量').fill('2000000');
  assert.deepEqual(await seriousAxeViolations(page), []);
  await form.getByRole('button', { name: /提交订单/ }).click();
  await page.locator('#lines_0_quantity_help').waitFor({ timeout: 15_000 });
  await screenshot(page, 'order-form-error-zh-CN');

  await form.getByLabel('数量').fill('3');
  await form.getByRole('button', { name: /提交订单/ }).click();
  const heading = page.getByRole('heading', { name: /订货单 \S+/ });
  await heading.waitFor({ timeout: 15_000 });
  await waitForData(page);
  order.url = page.url();
  order.number = ((await heading.innerText()).match(/订货单\s+(\S+)/) ?? [])[1] ?? '';
  assert.ok(order.number, 'the new order has a number');
  await heading.getByText('待确认').waitFor();
  await page.locator('.ant-descriptions').getByText('无合同（按价目表）').waitFor();
  assert.equal(await page.locator('.ant-table-tbody tr.ant-table-row').count(), 1, 'one line');

  await page.getByRole('button', { name: '记录客户确认' }).click();
  // A confirmation time in the future is the API's to refuse: its error stands under the field.
  const confirmDialog = page.getByRole('dialog', { name: '记录客户确认' });
  const confirmedAt = confirmDialog.getByLabel('客户确认时间');
  await confirmedAt.fill('2099-01-01 09:00');
  await confirmedAt.press('Enter');
  assert.deepEqual(await seriousAxeViolations(page), []);
  await confirmDialog.getByRole('button', { name: '记录客户确认' }).click();
  await confirmDialog.locator('#confirmedAt_help').waitFor({ timeout: 15_000 });
  // Cleared, the confirmation is recorded as of now.
  await confirmedAt.hover();
  await confirmDialog.locator('.ant-picker-clear').click();
  await confirmDialog.getByRole('button', { name: '记录客户确认' }).click();
  await confirmDialog.waitFor({ state: 'detached', timeout: 15_000 });
  await heading.getByText('已确认').waitFor({ timeout: 15_000 });
  await page.getByRole('tab', { name: '处理记录' }).click();
  await page.getByText('客户已确认').waitFor();
  assert.deepEqual(await seriousAxeViolations(page), []);
  await screenshot(page, 'order-confirmed-zh-CN');

  // Confirmed, it is no longer offered for confirmation; the desk may still cancel it.
  assert.equal(await page.getByRole('button', { name: '记录客户确认' }).count(), 0);
  assert.equal(await page.getByRole('button', { name: '取消订单' }).count(), 1);

  // The list finds it by number, confirmed.
  await open(page, '/orders');
  await page.getByRole('searchbox', { name: '搜索订单号' }).fill(order.number);
  await page.getByRole('searchbox', { name: '搜索订单号' }).press('Enter');
  // The search runs on the server: the total drops to the one order.
  await page.getByTestId('table-total').getByText('共 1 条').waitFor({ timeout: 15_000 });
  await waitForData(page);
  const rows = page.locator('.ant-table-tbody tr.ant-table-row');
  assert.equal(await rows.count(), 1);
  await rows.first().getByText(order.number).waitFor();
  await rows.first().getByText('已确认').waitFor();
  await page.context().close();
});

test('the clerk issues a delivery notice for part of the order; unpaid, it waits for approval (zh-CN)', async () => {
  assert.ok(order.url, 'the order of the first test exists');
  const page = await signIn(browser, 'support.east', 'zh-CN');
  await page.goto(order.url);
  await page.getByRole('heading', { name: `订货单 ${order.number}` }).waitFor({ timeout: 15_000 });
  await waitForData(page);
  await page.getByRole('button', { name: '开发货通知' }).click();
  const dialog = page.getByRole('dialog', { name: '开发货通知单' });
  await dialog.waitFor();
  // All that is open is offered; the clerk ships one of the three now.
  const quantity = dialog.getByLabel('本次数量 #1');
  assert.equal(await quantity.inputValue(), '3');
  await quantity.fill('5');
  assert.deepEqual(await seriousAxeViolations(page), []);
  await dialog.getByRole('button', { name: '开发货通知' }).click();
  // More than is open: the API's error stands at that line.
  await dialog.locator('#quantities_0_help').waitFor({ timeout: 15_000 });
  await screenshot(page, 'notice-error-zh-CN');
  await quantity.fill('1');
  await dialog.getByRole('button', { name: '开发货通知' }).click();
  await dialog.waitFor({ state: 'detached', timeout: 15_000 });
  await waitForData(page);
  const cells = await lineCells(page);
  assert.equal(cells['已开通知'], '1', JSON.stringify(cells));
  assert.equal(cells['待开通知'], '2', JSON.stringify(cells));
  assert.equal(cells['已发货'], '0', JSON.stringify(cells));

  await page.getByRole('tab', { name: /发货通知/ }).click();
  const link = page.getByRole('tabpanel').getByRole('link', { name: /^FH-/ }).first();
  await link.waitFor({ timeout: 15_000 });
  notice.number = (await link.innerText()).trim();
  await page.getByRole('tabpanel').getByText('待审批').first().waitFor();
  await link.click();
  const heading = page.getByRole('heading', { name: `发货通知单 ${notice.number}` });
  await heading.waitFor({ timeout: 15_000 });
  await waitForData(page);
  notice.url = page.url();
  await heading.getByText('待审批').waitFor();
  // Goods on credit: finance's and sales management's approval are missing; the desk cannot ship yet.
  await page.getByTestId('pending-FINANCE').waitFor();
  await page.getByTestId('pending-SALES').waitFor();
  assert.equal(await page.getByRole('button', { name: '确认发货' }).count(), 0);
  assert.equal(await page.getByRole('button', { name: '审批通过' }).count(), 0);
  assert.equal(await page.getByRole('button', { name: '取消发货' }).count(), 1);
  assert.deepEqual(await seriousAxeViolations(page), []);
  await screenshot(page, 'notice-awaiting-zh-CN');
  await page.context().close();
});

test('finance approves the notice from its approval inbox (en)', async () => {
  assert.ok(notice.number, 'the notice of the previous test exists');
  const page = await signIn(browser, 'finance', 'en');
  await open(page, '/approvals');
  const inbox = page.getByRole('table', { name: 'Delivery notices awaiting approval' });
  const row = inbox.locator('tbody tr.ant-table-row', { hasText: notice.number });
  await row.waitFor({ timeout: 15_000 });
  await row.getByText('Finance').waitFor();
  assert.deepEqual(await seriousAxeViolations(page), []);
  await row.getByRole('link', { name: notice.number }).click();
  const heading = page.getByRole('heading', { name: `Delivery notice ${notice.number}` });
  await heading.waitFor({ timeout: 15_000 });
  await waitForData(page);
  await page.getByRole('button', { name: 'Approve' }).click();
  const dialog = page.getByRole('dialog', { name: 'Approve the delivery notice' });
  await dialog.getByLabel('Comment').fill('Within the distributor’s usual terms');
  await dialog.getByRole('button', { name: 'Approve' }).click();
  await dialog.waitFor({ state: 'detached', timeout: 15_000 });
  await page.getByTestId('pending-FINANCE').waitFor({ state: 'detached', timeout: 15_000 });
  await page.getByTestId('pending-SALES').waitFor();
  await heading.getByText('Awaiting approval').waitFor();
  // Finance's own steps on the order page: none.
  await page.goto(order.url);
  await page.getByRole('heading', { name: `Order ${order.number}` }).waitFor({ timeout: 15_000 });
  await waitForData(page);
  for (const name of ['Record confirmation', 'Cancel order', 'Close order', 'Delivery notice'])
    assert.equal(await page.getByRole('button', { name }).count(), 0, `no ${name} for finance`);
  await page.context().close();
});

test('the manager reads the order without the desk’s steps and gives sales management’s approval (en)', async () => {
  assert.ok(notice.url, 'the notice exists');
  const page = await signIn(browser, 'manager.east', 'en');
  await open(page, '/orders');
  assert.equal(await page.getByRole('button', { name: 'New order' }).count(), 0);
  await page.goto(order.url);
  const orderHeading = page.getByRole('heading', { name: `Order ${order.number}` });
  await orderHeading.waitFor({ timeout: 15_000 });
  await waitForData(page);
  await orderHeading.getByText('Confirmed').waitFor();
  await page.locator('.ant-descriptions').getByText(order.customer).first().waitFor();
  for (const name of ['Record confirmation', 'Close order', 'Delivery notice'])
    assert.equal(await page.getByRole('button', { name }).count(), 0, `no ${name} for a manager`);
  assert.deepEqual(await seriousAxeViolations(page), []);
  await screenshot(page, 'order-manager-en');

  await open(page, '/approvals');
  const row = page
    .getByRole('table', { name: 'Delivery notices awaiting approval' })
    .locator('tbody tr.ant-table-row', { hasText: notice.number });
  await row.getByRole('link', { name: notice.number }).click();
  const heading = page.getByRole('heading', { name: `Delivery notice ${notice.number}` });
  await heading.waitFor({ timeout: 15_000 });
  await waitForData(page);
  await page.getByRole('button', { name: 'Approve' }).click();
  const dialog = page.getByRole('dialog', { name: 'Approve the delivery notice' });
  await dialog.getByRole('button', { name: 'Approve' }).click();
  await dialog.waitFor({ state: 'detached', timeout: 15_000 });
  // The last approval needed releases it: planned, with a ship-by day; the approvals list both.
  await heading.getByText('Planned').waitFor({ timeout: 15_000 });
  assert.notEqual(await field(page, 'Ship by'), '');
  await page.getByRole('tab', { name: 'Approvals' }).click();
  await page.getByText(/^Finance: /).waitFor();
  await page.getByText(/^Sales management: /).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Mark shipped' }).count(), 0);
  await page.context().close();
});

test('the clerk ships the released part with carrier and waybill, then marks it delivered (zh-CN)', async () => {
  assert.ok(notice.url, 'the notice exists');
  const page = await signIn(browser, 'support.east', 'zh-CN');
  await page.goto(notice.url);
  const heading = page.getByRole('heading', { name: `发货通知单 ${notice.number}` });
  await heading.waitFor({ timeout: 15_000 });
  await waitForData(page);
  await heading.getByText('计划').waitFor();
  await page.getByRole('button', { name: '确认发货' }).click();
  const ship = page.getByRole('dialog', { name: '确认发货' });
  await ship.getByLabel('承运单位').fill('德邦物流');
  await ship.getByLabel('托运单号').fill('DB2026120300017');
  assert.deepEqual(await seriousAxeViolations(page), []);
  await ship.getByRole('button', { name: '确认发货' }).click();
  await ship.waitFor({ state: 'detached', timeout: 15_000 });
  await heading.getByText('已发货').waitFor({ timeout: 15_000 });
  assert.equal(await field(page, '托运单号'), 'DB2026120300017');
  assert.equal(await field(page, '承运单位'), '德邦物流');

  await page.getByRole('button', { name: '确认送达' }).click();
  const deliver = page.getByRole('dialog', { name: '确认送达' });
  await deliver.getByRole('button', { name: '确认送达' }).click();
  await deliver.waitFor({ state: 'detached', timeout: 15_000 });
  await heading.getByText('已送达').waitFor({ timeout: 15_000 });
  assert.notEqual(await field(page, '送达日期'), '');
  await screenshot(page, 'notice-delivered-zh-CN');

  // The order follows its shipments: partly shipped, one of three gone, two still open.
  await page.getByRole('link', { name: order.number }).click();
  const orderHeading = page.getByRole('heading', { name: `订货单 ${order.number}` });
  await orderHeading.waitFor({ timeout: 15_000 });
  await waitForData(page);
  await orderHeading.getByText('部分发货').waitFor();
  const cells = await lineCells(page);
  assert.equal(cells['已发货'], '1', JSON.stringify(cells));
  assert.equal(cells['待开通知'], '2', JSON.stringify(cells));
  await page.getByRole('button', { name: '开发货通知' }).waitFor();
  await page.context().close();
});

/** @param {string} text e.g. "CN¥1,254,309.65" or "-¥12.00" */
const amount = (text) => Number(text.replace(/[^\d.-]/g, ''));

test("a unit of the delivered goods comes back: the manager approves, the clerk receives it, and the customer's receivable drops by the credit (en)", async () => {
  assert.ok(notice.url, 'the notice was delivered');
  const clerk = await signIn(browser, 'support.east', 'en');
  await clerk.goto(notice.url);
  const heading = clerk.getByRole('heading', { name: `Delivery notice ${notice.number}` });
  await heading.waitFor({ timeout: 15_000 });
  await waitForData(clerk);

  // The customer's open receivables before the return, as its page shows them.
  await clerk.getByRole('link', { name: order.customer }).first().click();
  const receivable = clerk.getByTestId('customer-open-receivables');
  await receivable.waitFor({ timeout: 15_000 });
  const before = amount(await receivable.innerText());
  await clerk.goBack();
  await heading.waitFor({ timeout: 15_000 });
  await waitForData(clerk);

  await clerk.getByRole('button', { name: 'Request return' }).click();
  const request = clerk.getByRole('dialog');
  await request.getByLabel('Reason').fill('包装破损 / damaged packaging');
  await request
    .getByLabel(/Quantity to return of/)
    .first()
    .fill('1');
  assert.deepEqual(await seriousAxeViolations(clerk), []);
  await request.getByRole('button', { name: 'Request return' }).click();
  await clerk.waitForURL(/\/returns\//, { timeout: 30_000 });
  const returnUrl = new URL(clerk.url()).pathname;
  await waitForData(clerk);

  const manager = await signIn(browser, 'manager.east', 'en');
  await open(manager, returnUrl);
  await manager.getByRole('button', { name: 'Approve' }).click();
  await manager.locator('.ant-tag', { hasText: 'Approved' }).first().waitFor({ timeout: 30_000 });
  await manager.context().close();

  await open(clerk, returnUrl);
  await clerk.getByRole('button', { name: 'Receive goods' }).click();
  await clerk.getByRole('dialog').getByRole('button', { name: 'Receive goods' }).click();
  await clerk.getByRole('region', { name: 'Credit note' }).waitFor({ timeout: 30_000 });
  const credit = amount(await clerk.getByTestId('credit-note-amount').innerText());
  assert.ok(credit > 0, `credit ${credit}`);
  await screenshot(clerk, 'order-return-received-en');

  await clerk.goto(notice.url);
  await heading.waitFor({ timeout: 15_000 });
  await waitForData(clerk);
  await clerk.getByRole('link', { name: order.customer }).first().click();
  await receivable.waitFor({ timeout: 15_000 });
  await waitForData(clerk);
  const after = amount(await receivable.innerText());
  assert.equal(
    Math.round((before - after) * 100),
    Math.round(credit * 100),
    `${before} → ${after}`,
  );
  await clerk.context().close();
});
