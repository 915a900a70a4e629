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

/** @param {import('playwright-core').Page} page */
async function totalRows(page) {
  const text = await page.locator('[data-testid="table-total"]').first().innerText();
  return Number(text.replace(/[^\d]/g, ''));
}

test('the customer list filters by grade and sorts on the server', async () => {
  const page = await signIn(browser, 'director', 'en');
  await open(page, '/customers');
  const all = await totalRows(page);

  await page.getByRole('combobox', { name: 'Grade' }).click();
  await page.locator('.ant-select-item-option', { hasText: 'A strategic' }).click();
  await page.keyboard.press('Escape');
  await waitForData(page);
  const onlyA = await totalRows(page);
  assert.ok(onlyA > 0 && onlyA < all, `grade A is a part of all customers: ${onlyA} of ${all}`);
  const grades = await page
    .locator('.ant-table-tbody tr.ant-table-row td:nth-child(3)')
    .allInnerTexts();
  assert.ok(
    grades.every((g) => g.includes('A strategic')),
    `${grades}`,
  );

  await page.locator('thead th', { hasText: 'Code' }).click();
  await waitForData(page);
  await page.locator('thead th', { hasText: 'Code' }).click();
  await waitForData(page);
  const codes = await page
    .locator('.ant-table-tbody tr.ant-table-row td:nth-child(1)')
    .allInnerTexts();
  assert.deepEqual(codes, [...codes].sort().reverse(), 'codes descending');
  await screenshot(page, 'customers-filtered-en');
  await page.context().close();
});

test('the approval queue lists only contracts waiting for approval', async () => {
  const page = await signIn(browser, 'manager.east', 'zh-CN');
  await open(page, '/approvals');
  const statuses = await page
    .locator('.ant-table-tbody tr.ant-table-row td:nth-child(3)')
    .allInnerTexts();
  assert.ok(
    statuses.every((s) => s.includes('待审批')),
    `${statuses}`,
  );
  await screenshot(page, 'approvals-manager-zh-CN');
  await page.context().close();
});

/**
 * @param {import('playwright-core').Page} page
 * @param {string} label
 */
async function pickFirstOption(page, label) {
  const box = page.getByRole('combobox', { name: label });
  await box.click();
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option-active')
    .first()
    .waitFor();
  await box.press('Enter');
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')
    .waitFor({ state: 'detached', timeout: 5000 })
    .catch(() => {});
}

test("a manager approves a rep's contract with an ¥80,000 discount, end to end", async () => {
  const rep = await signIn(browser, 'rep.east.1', 'en');
  await open(rep, '/contracts/new');
  // Pick the first option with the keyboard: a closing dropdown's options stay in the DOM while it animates, so clicking
  // "the first visible option" can hit the previous select's list.
  await pickFirstOption(rep, 'Customer');
  await pickFirstOption(rep, 'Product');
  const listPriceText = await rep
    .locator('[data-testid="contract-line"]')
    .first()
    .locator('span', { hasText: 'CN¥' })
    .first()
    .innerText();
  const listPrice = Number(listPriceText.replace(/[^\d.]/g, ''));
  // Enough units that a 20% price cut makes ¥80,000 of discount.
  const quantity = Math.ceil(400_000 / listPrice);
  await rep.getByRole('spinbutton', { name: 'Quantity' }).fill(String(quantity));
  const agreed = (listPrice * quantity - 80_000) / quantity;
  await rep.getByRole('spinbutton', { name: 'Agreed unit price' }).fill(agreed.toFixed(2));
  await rep.locator('[data-testid="contract-totals"]').getByText('Manager').waitFor();
  await screenshot(rep, 'contract-editor-en');
  await rep.getByRole('button', { name: 'Save and submit' }).click();
  await rep.getByText('Pending approval').first().waitFor({ timeout: 30_000 });
  const contractUrl = rep.url();
  await rep.context().close();

  const manager = await signIn(browser, 'manager.east', 'en');
  await manager.goto(contractUrl);
  await manager.getByRole('button', { name: 'Approve' }).click();
  await manager.locator('.ant-card-head').getByText('Approved').waitFor({ timeout: 30_000 });
  await screenshot(manager, 'contract-approved-en');
  await manager.context().close();
});
