// @ts-check
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launchBrowser } from './browser.js';
import { columnTitles, menuItems, open, screenshot, signIn } from './session.js';

/** @type {import('playwright-core').Browser} */
let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

/** @param {import('playwright-core').Page} page */
async function totalRows(page) {
  const text = await page.locator('[data-testid="table-total"]').first().innerText();
  return Number(text.replace(/[^\d]/g, ''));
}

describe('a sales rep', () => {
  test('sees only its own customers, without credit limits, and no audit log', async () => {
    const page = await signIn(browser, 'rep.east.1', 'en');
    const menu = await menuItems(page);
    assert.ok(menu.includes('Customers'), `menu: ${menu}`);
    assert.ok(!menu.includes('Audit log'), `a rep must not see the audit log: ${menu}`);

    await open(page, '/customers');
    const columns = await columnTitles(page);
    assert.ok(columns.includes('Mobile'), `own customers' contacts are visible: ${columns}`);
    assert.ok(!columns.includes('Credit limit'), `no credit limit for a rep: ${columns}`);
    // The term is the rep's to quote on its own customers; the raw limit is not (decision 030).
    assert.ok(
      columns.includes('Payment term'),
      `a rep sees its customers' payment term: ${columns}`,
    );
    const total = await totalRows(page);
    assert.ok(total > 0 && total < 200, `a rep owns a handful of customers, got ${total}`);
    const owners = await page
      .locator('.ant-table-tbody tr.ant-table-row td:nth-child(8)')
      .allInnerTexts();
    assert.equal(new Set(owners).size, 1, `every customer has the rep as owner: ${owners}`);
    await screenshot(page, 'customers-rep-en');

    await page.goto(page.url().replace('/customers', '/audit'));
    await page.getByText('Your role cannot use this page').waitFor();
    await page.context().close();
  });
});

describe('a regional manager', () => {
  test("sees its region's customers with credit limits and contacts", async () => {
    const page = await signIn(browser, 'manager.east');
    await open(page, '/customers');
    const columns = await columnTitles(page);
    assert.ok(columns.includes('信用额度'), `credit limit for a manager: ${columns}`);
    assert.ok(columns.includes('手机'), `contacts for a manager: ${columns}`);
    assert.equal(await page.locator('[data-masked]').count(), 0, 'nothing masked for a manager');
    const regions = await page
      .locator('.ant-table-tbody tr.ant-table-row td:nth-child(7)')
      .allInnerTexts();
    assert.ok(regions.length > 0);
    for (const region of regions)
      assert.match(region, /上海|江苏|浙江|华东/, `east region only: ${region}`);
    await screenshot(page, 'customers-manager-zh');
    await page.context().close();
  });
});

describe('the director', () => {
  test('sees every customer, the audit log in the menu, and margins on contracts', async () => {
    const page = await signIn(browser, 'director', 'en');
    const menu = await menuItems(page);
    assert.ok(menu.includes('Audit log'), `menu: ${menu}`);
    await open(page, '/customers');
    // The 2,000 seeded customers, plus any prospect an earlier browser test (e2e/customers) created.
    const total = await totalRows(page);
    assert.ok(total >= 2000 && total < 2100, `every customer: ${total}`);
    await open(page, '/contracts');
    assert.ok((await columnTitles(page)).includes('Gross margin'));
    await screenshot(page, 'contracts-director-en');
    await page.context().close();
  });
});

describe('finance', () => {
  test('sees all customers with credit limits and masked contact data, and no margins hidden', async () => {
    const page = await signIn(browser, 'finance', 'en');
    const menu = await menuItems(page);
    assert.ok(menu.includes('Receivables'), `menu: ${menu}`);
    assert.ok(!menu.includes('Audit log'), `menu: ${menu}`);
    await open(page, '/customers');
    const columns = await columnTitles(page);
    assert.ok(columns.includes('Credit limit'), `${columns}`);
    assert.ok(columns.includes('Mobile'), `${columns}`);
    const masked = page.locator('[data-masked]');
    assert.ok((await masked.count()) > 0, 'contacts show as masked');
    assert.match(await masked.first().innerText(), /\*{2,}/);
    await screenshot(page, 'customers-finance-en');
    await page.context().close();
  });
});
