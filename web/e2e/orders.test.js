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

test('a manager reads the order without the desk’s steps (en)', async () => {
  assert.ok(order.url, 'the order of the previous test exists');
  const page = await signIn(browser, 'manager.east', 'en');
  await open(page, '/orders');
  assert.equal(await page.getByRole('button', { name: 'New order' }).count(), 0);
  await page.goto(order.url);
  const heading = page.getByRole('heading', { name: `Order ${order.number}` });
  await heading.waitFor({ timeout: 15_000 });
  await waitForData(page);
  await heading.getByText('Confirmed').waitFor();
  await page.locator('.ant-descriptions').getByText(order.customer).first().waitFor();
  assert.equal(await page.getByRole('button', { name: 'Record confirmation' }).count(), 0);
  assert.equal(await page.getByRole('button', { name: 'Close order' }).count(), 0);
  assert.deepEqual(await seriousAxeViolations(page), []);
  await screenshot(page, 'order-manager-en');
  await page.context().close();
});

test('finance sees the same order with no action at all (en)', async () => {
  assert.ok(order.url, 'the order of the first test exists');
  const page = await signIn(browser, 'finance', 'en');
  await page.goto(order.url);
  const heading = page.getByRole('heading', { name: `Order ${order.number}` });
  await heading.waitFor({ timeout: 15_000 });
  await waitForData(page);
  for (const name of ['Record confirmation', 'Cancel order', 'Close order'])
    assert.equal(await page.getByRole('button', { name }).count(), 0, `no ${name} for finance`);
  await page.context().close();
});
