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

/**
 * Fills the new-contract form with one line priced so that it carries `discount` yuan of discount on about
 * `listTotal` yuan of list price.
 * @param {import('playwright-core').Page} page
 * @param {{ discount: number, listTotal: number }} draft
 */
async function draftContract(page, { discount, listTotal }) {
  await open(page, '/contracts/new');
  // Pick the first option with the keyboard: a closing dropdown's options stay in the DOM while it animates, so clicking
  // "the first visible option" can hit the previous select's list.
  await pickFirstOption(page, 'Customer');
  await pickFirstOption(page, 'Product');
  const listPriceText = await page
    .locator('[data-testid="contract-line"]')
    .first()
    .locator('span', { hasText: 'CN¥' })
    .first()
    .innerText();
  const listPrice = Number(listPriceText.replace(/[^\d.]/g, ''));
  const quantity = Math.ceil(listTotal / listPrice);
  await page.getByRole('spinbutton', { name: 'Quantity' }).fill(String(quantity));
  const agreed = (listPrice * quantity - discount) / quantity;
  await page.getByRole('spinbutton', { name: 'Agreed unit price' }).fill(agreed.toFixed(2));
}

test("a manager approves a rep's contract with an ¥80,000 discount, end to end", async () => {
  const rep = await signIn(browser, 'rep.east.1', 'en');
  // Enough units that a 20% price cut makes ¥80,000 of discount.
  await draftContract(rep, { discount: 80_000, listTotal: 400_000 });
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

test("the editor's approval hint follows the policy the API reports, not a copy of its own", async () => {
  const draft = { discount: 20_000, listTotal: 100_000 };
  /** @type {{ repDiscountLimit: number | string, managerDiscountLimit: number | string } | undefined} */
  let served;

  // As the server is configured: the policy comes from me.approvalPolicy, and this discount is below the rep's limit.
  const rep = await signIn(browser, 'rep.east.1', 'en');
  rep.on('response', async (response) => {
    if (!response.url().endsWith('/graphql')) return;
    if (!/query ApprovalPolicy\b/.test(response.request().postData() ?? '')) return;
    served = (await response.json()).data.me.approvalPolicy;
  });
  await draftContract(rep, draft);
  const totals = rep.locator('[data-testid="contract-totals"]');
  // Agreed prices are rounded to the fen, so the discount lands within a few yuan of ¥20,000.
  await totals.getByText(/CN¥(19,9|20,0)\d\d\.\d\d/).waitFor();
  await totals.getByText('Rep', { exact: true }).waitFor();
  assert.ok(served, 'the editor asked the API for its approval policy');
  assert.ok(draft.discount < Number(served.repDiscountLimit));
  await rep.context().close();

  // The same draft under a policy whose rep limit lies below this discount: the hint moves to the manager.
  const strict = await signIn(browser, 'rep.east.1', 'en');
  await strict.route('**/graphql', async (route) => {
    if (!/query ApprovalPolicy\b/.test(route.request().postData() ?? '')) return route.fallback();
    const response = await route.fetch();
    const body = await response.json();
    body.data.me.approvalPolicy.repDiscountLimit = draft.discount / 2;
    await route.fulfill({ response, json: body });
  });
  await draftContract(strict, draft);
  await strict.locator('[data-testid="contract-totals"]').getByText('Manager').waitFor();
  await strict.context().close();
});
