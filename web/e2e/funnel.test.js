// @ts-check
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser } from './browser.js';
import {
  menuItems,
  open,
  screenshot,
  seriousAxeViolations,
  signIn,
  waitForData,
} from './session.js';

/** @type {import('playwright-core').Browser} */
let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

/**
 * The words of the funnel's screens in one language.
 * @typedef {{
 *   funnel: string, newOpportunity: string, create: string | RegExp, title: string, amount: string, customer: string,
 *   titleRequired: string, move: string | RegExp, moveTo: string, quote: string, won: string, win: string, product: string,
 *   search: string, all: string, draft: string, contract: RegExp, pipeline: string, conversion: string, total: string,
 *   contractLink: RegExp,
 * }} Words
 */

/** @type {Words} */
const zh = {
  funnel: '商机',
  newOpportunity: '新建商机',
  create: /^创\s?建$/,
  title: '商机名称',
  amount: '预计金额',
  customer: '客户',
  titleRequired: '请填写商机名称',
  move: /^推\s?进$/,
  moveTo: '推进到',
  quote: '报价',
  won: '签约',
  win: '签约并生成合同草稿',
  product: '产品 1',
  search: '搜索商机名称',
  all: '全部',
  draft: '草稿',
  contract: /^合同 (\S+)/,
  pipeline: '商机评审',
  conversion: '转化分析',
  total: '合计',
  contractLink: /^合同 \S+$/,
};

/** @type {Words} */
const en = {
  funnel: 'Funnel',
  newOpportunity: 'New opportunity',
  create: 'Create',
  title: 'Opportunity',
  amount: 'Expected amount',
  customer: 'Customer',
  titleRequired: 'Say what the deal is',
  move: 'Move',
  moveTo: 'Move to',
  quote: 'Quote',
  won: 'Won',
  win: 'Win and draft the contract',
  product: 'Product 1',
  search: 'Search opportunity',
  all: 'All',
  draft: 'Draft',
  contract: /^Contract (\S+)/,
  pipeline: 'Pipeline review',
  conversion: 'Conversion',
  total: 'Total',
  contractLink: /^Contract \S+$/,
};

/**
 * Picks an option of an antd select by the text it shows.
 * @param {import('playwright-core').Page} page
 * @param {import('playwright-core').Locator} select the combobox
 * @param {string | RegExp} text
 */
async function choose(page, select, text) {
  await select.click();
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', {
      hasText: text,
    })
    .first()
    .click();
}

/**
 * Moves the opportunity in `row` to a stage through the move dialog; for WON, with one contract line.
 * @param {import('playwright-core').Page} page
 * @param {import('playwright-core').Locator} row
 * @param {Words} w
 * @param {'quote' | 'won'} stage
 */
async function move(page, row, w, stage) {
  await row.getByRole('button', { name: w.move }).click();
  const dialog = page.getByRole('dialog');
  await choose(
    page,
    dialog.getByRole('combobox', { name: w.moveTo }),
    stage === 'quote' ? w.quote : w.won,
  );
  if (stage === 'won') {
    const product = dialog.getByRole('combobox', { name: w.product });
    await product.click();
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
      .first()
      .click();
    assert.deepEqual(await seriousAxeViolations(page), []);
    await dialog.getByRole('button', { name: w.win }).click();
  } else {
    await dialog.getByRole('button', { name: w.move }).click();
  }
  await dialog.waitFor({ state: 'detached', timeout: 15_000 });
}

/**
 * From the opportunity's row, moves it to QUOTE and then wins it; the browser lands on the contract draft.
 * @param {import('playwright-core').Page} page
 * @param {import('playwright-core').Locator} row
 * @param {Words} w
 */
async function quoteAndWin(page, row, w) {
  await move(page, row, w, 'quote');
  await waitForData(page);
  await row.getByText(w.quote, { exact: true }).waitFor({ timeout: 15_000 });
  await move(page, row, w, 'won');
  await page.waitForURL(/\/contracts\/[^/]+$/, { timeout: 15_000 });
  const heading = page.locator('h2', { hasText: w.contract });
  await heading.waitFor({ timeout: 15_000 });
  await page.getByText(w.draft, { exact: true }).first().waitFor({ timeout: 15_000 });
  assert.deepEqual(await seriousAxeViolations(page), []);
  return ((await heading.innerText()).match(w.contract) ?? [])[1];
}

/**
 * The manager finds the won opportunity on the funnel page with its contract, then the rep in the pipeline review
 * and the conversion's total row.
 * @param {Words} w
 * @param {'zh-CN' | 'en'} locale
 * @param {string} title
 * @param {string} contractNumber
 */
async function managerReviews(w, locale, title, contractNumber) {
  const page = await signIn(browser, 'manager.east', locale);
  await page.getByRole('menuitem', { name: w.funnel }).click();
  await page.locator('h1', { hasText: w.funnel }).waitFor();
  await waitForData(page);
  await page.getByText(w.all, { exact: true }).first().click();
  await page.getByRole('searchbox', { name: w.search }).fill(title);
  await page.getByRole('searchbox', { name: w.search }).press('Enter');
  const row = page.locator('.ant-table-tbody tr.ant-table-row', { hasText: title });
  await row.waitFor({ timeout: 15_000 });
  await row.getByText(w.won, { exact: true }).waitFor();
  assert.match(
    await row.getByRole('link', { name: w.contractLink }).innerText(),
    new RegExp(contractNumber),
  );
  const owner = (await row.locator('td').nth(6).innerText()).trim();
  assert.ok(owner, 'the row names the owner rep');
  assert.deepEqual(await seriousAxeViolations(page), []);

  await page.getByRole('tab', { name: w.pipeline }).click();
  const pane = page.getByRole('tabpanel');
  await pane
    .locator('.ant-table-tbody tr.ant-table-row', { hasText: owner })
    .first()
    .waitFor({ timeout: 15_000 });
  assert.deepEqual(await seriousAxeViolations(page), []);
  await screenshot(page, `funnel-pipeline-${locale}`);

  await page.getByRole('tab', { name: w.conversion }).click();
  const totalRow = page
    .getByRole('tabpanel')
    .locator('.ant-table-tbody tr.ant-table-row', { hasText: w.total })
    .first();
  await totalRow.waitFor({ timeout: 15_000 });
  const cells = await totalRow.locator('td').allInnerTexts();
  assert.ok(
    Number(cells[1]?.replace(/[^\d]/g, '')) >= 1,
    'the year has at least the opportunity just created',
  );
  assert.ok(Number(cells[4]?.replace(/[^\d]/g, '')) >= 1, 'and at least the one just won');
  assert.deepEqual(await seriousAxeViolations(page), []);
  await page.context().close();
}

test('a rep opens an opportunity on the customer page, quotes and wins it and lands on the contract draft; the manager reviews it (zh-CN)', async () => {
  const page = await signIn(browser, 'rep.east.1', 'zh-CN');
  const title = `E2E 商机 二期扩容 ${Date.now()}`;
  await open(page, '/customers');
  await page.locator('.ant-table-tbody tr.ant-table-row a').first().click();
  await page.locator('h2').first().waitFor();
  await waitForData(page);
  await page.getByRole('button', { name: zh.newOpportunity }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: zh.create }).click();
  await dialog.getByText(zh.titleRequired).waitFor();
  await dialog.getByLabel(zh.title, { exact: true }).fill(title);
  await dialog.getByLabel(zh.amount, { exact: true }).fill('180000');
  assert.deepEqual(await seriousAxeViolations(page), []);
  await dialog.getByRole('button', { name: zh.create }).click();
  await dialog.waitFor({ state: 'detached', timeout: 15_000 });
  await waitForData(page);
  const row = page.locator('.ant-table-tbody tr.ant-table-row', { hasText: title });
  await row.waitFor({ timeout: 15_000 });
  await row.getByText('线索', { exact: true }).waitFor();
  assert.match(await row.innerText(), /180,000/);
  assert.deepEqual(await seriousAxeViolations(page), []);

  const contractNumber = await quoteAndWin(page, row, zh);
  assert.ok(contractNumber, 'the draft names its number');
  await screenshot(page, 'funnel-won-contract-draft-zh-CN');
  await page.context().close();

  await managerReviews(zh, 'zh-CN', title, contractNumber);
});

test('a rep opens an opportunity from the funnel page for a customer found by name, wins it and lands on the draft; the manager reviews it (en)', async () => {
  const page = await signIn(browser, 'rep.east.1', 'en');
  const title = `E2E deal line upgrade ${Date.now()}`;
  await open(page, '/customers');
  await page.locator('.ant-table-tbody tr.ant-table-row a').first().click();
  const heading = page.locator('h2').first();
  await heading.waitFor();
  const customerName = (await heading.evaluate((h) => h.firstChild?.textContent ?? '')).trim();
  assert.ok(customerName, 'the customer page names the customer');
  await page.getByRole('menuitem', { name: en.funnel }).click();
  await page.locator('h1', { hasText: en.funnel }).waitFor();
  await waitForData(page);
  assert.deepEqual(await seriousAxeViolations(page), []);

  await page.getByRole('button', { name: en.newOpportunity }).click();
  const dialog = page.getByRole('dialog');
  const customer = dialog.getByRole('combobox', { name: en.customer });
  await customer.fill(customerName);
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', {
      hasText: customerName,
    })
    .first()
    .click();
  await dialog.getByLabel(en.title, { exact: true }).fill(title);
  await dialog.getByLabel(en.amount, { exact: true }).fill('75000');
  await dialog.getByRole('button', { name: en.create }).click();
  await dialog.waitFor({ state: 'detached', timeout: 15_000 });
  await waitForData(page);

  await page.getByRole('searchbox', { name: en.search }).fill(title);
  await page.getByRole('searchbox', { name: en.search }).press('Enter');
  const row = page.locator('.ant-table-tbody tr.ant-table-row', { hasText: title });
  await row.waitFor({ timeout: 15_000 });
  assert.match(await row.innerText(), new RegExp(customerName));
  await row.getByText('Lead', { exact: true }).waitFor();

  const contractNumber = await quoteAndWin(page, row, en);
  assert.ok(contractNumber, 'the draft names its number');
  await screenshot(page, 'funnel-won-contract-draft-en');
  await page.context().close();

  await managerReviews(en, 'en', title, contractNumber);
});

test('the funnel is in the menu of the rep, the manager and the director, not of finance or the order desk (en)', async () => {
  for (const [username, shown] of /** @type {const} */ ([
    ['rep.east.1', true],
    ['manager.east', true],
    ['director', true],
    ['finance', false],
    ['support.east', false],
  ])) {
    const page = await signIn(browser, username, 'en');
    const menu = await menuItems(page);
    assert.equal(menu.includes('Funnel'), shown, `${username}: ${menu}`);
    await page.context().close();
  }
});
