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
 * Sets the editor's first line so that it carries about `discount` yuan of discount on `listTotal` of list price.
 * @param {import('playwright-core').Page} page
 * @param {{ discount: number, listTotal: number }} draft
 */
async function priceLine(page, { discount, listTotal }) {
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

const approval = (/** @type {import('playwright-core').Page} */ page) =>
  page.locator('[data-testid="contract-approval"]');

/** @type {string} */
let contractUrl;
/** @type {string} */
let contractNumber;

test('a rep sees where a submitted contract waits; the manager’s inbox names the level and the rule; a rejected draft is revised and approved (en)', async () => {
  const rep = await signIn(browser, 'rep.east.1', 'en');
  await open(rep, '/contracts/new');
  await pickFirstOption(rep, 'Customer');
  await pickFirstOption(rep, 'Product');
  await priceLine(rep, { discount: 80_000, listTotal: 400_000 });
  await rep.getByRole('button', { name: 'Save and submit' }).click();
  await approval(rep).waitFor({ timeout: 30_000 });
  contractUrl = rep.url();
  contractNumber = ((await rep.locator('h2').first().innerText()).match(/Contract (\S+)/) ?? [])[1];
  assert.ok(contractNumber, 'the contract page names the number');
  await approval(rep).getByText('Discount').waitFor();
  // Who may act, by role and by name: the east region's manager (and the director above it).
  await approval(rep)
    .getByText(/Manager \(Regional manager \/ Sales director: \S.*\)/)
    .waitFor();
  assert.equal(
    await rep.getByRole('button', { name: 'Approve' }).count(),
    0,
    'the rep is not among those who may approve a discount at the manager’s level',
  );
  assert.deepEqual(await seriousAxeViolations(rep), []);
  await screenshot(rep, 'contract-waits-for-manager-en');
  await rep.context().close();

  const manager = await signIn(browser, 'manager.east', 'en');
  await open(manager, '/approvals');
  await manager.getByRole('searchbox', { name: 'Search contract number' }).fill(contractNumber);
  await manager.getByRole('searchbox', { name: 'Search contract number' }).press('Enter');
  await waitForData(manager);
  const row = manager.locator('.ant-table-tbody tr.ant-table-row', { hasText: contractNumber });
  await row.getByText('Discount').waitFor({ timeout: 15_000 });
  await row.getByText(/Manager \(Regional manager/).waitFor();
  assert.deepEqual(await seriousAxeViolations(manager), []);
  await screenshot(manager, 'approvals-inbox-levels-en');
  await manager.goto(contractUrl);
  await manager.getByRole('button', { name: 'Reject' }).click();
  await manager
    .getByRole('dialog')
    .getByLabel('Comment')
    .fill('Discount too deep: keep it within your limit');
  await manager.getByRole('dialog').getByRole('button', { name: 'Reject' }).click();
  await manager.locator('.ant-card-head').getByText('Rejected').waitFor({ timeout: 15_000 });
  await manager.context().close();

  const reviser = await signIn(browser, 'rep.east.1', 'en');
  await reviser.goto(contractUrl);
  await reviser
    .locator('[data-testid="contract-rejection"]')
    .getByText('Discount too deep')
    .waitFor({ timeout: 15_000 });
  await reviser.getByRole('button', { name: 'Revise' }).click();
  await reviser.locator('[data-testid="contract-line"]').first().waitFor({ timeout: 15_000 });
  await priceLine(reviser, { discount: 10_000, listTotal: 400_000 });
  await reviser.getByRole('button', { name: 'Save and submit' }).click();
  await approval(reviser).getByText('Within the rep’s limit').waitFor({ timeout: 30_000 });
  // The server says up front whether the customer's credit needs finance too; the page then names both steps.
  const needsFinance =
    (await approval(reviser).getByText('Credit limit', { exact: true }).count()) > 0;
  if (needsFinance)
    await approval(reviser)
      .getByText(/Rep \(.*; Finance \(Finance/)
      .waitFor();
  await reviser.getByRole('button', { name: 'Approve' }).click();
  await reviser.locator('.ant-message').getByText('Approved').waitFor({ timeout: 15_000 });
  await reviser.reload();
  const head = reviser.locator('.ant-card-head').first();
  await waitForData(reviser);
  if (needsFinance) {
    await head.getByText('Pending approval').waitFor({ timeout: 15_000 });
    await approval(reviser)
      .getByText(/^Finance \(Finance: \S/)
      .waitFor();
    await reviser.context().close();
    const finance = await signIn(browser, 'finance', 'en');
    await finance.goto(contractUrl);
    await finance.getByRole('button', { name: 'Approve' }).click();
    await finance.locator('.ant-card-head').getByText('Approved').waitFor({ timeout: 15_000 });
    await finance.context().close();
  } else {
    await head.getByText('Approved').waitFor({ timeout: 15_000 });
    assert.equal(await approval(reviser).count(), 0, 'nothing left to wait for');
    await reviser.context().close();
  }
});

test('a manager activates the approved contract and terminates it with a reason (zh-CN)', async () => {
  assert.ok(contractUrl, 'the previous test approved a contract');
  const page = await signIn(browser, 'manager.east', 'zh-CN');
  await page.goto(contractUrl);
  await page.getByRole('button', { name: /生\s*效/ }).click();
  await page.locator('.ant-card-head').getByText('执行中').waitFor({ timeout: 15_000 });
  await page.getByRole('button', { name: /解\s*除/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: /解\s*除/ }).click();
  await dialog.getByText('请填写解除原因').waitFor();
  await dialog.getByRole('textbox').fill('客户项目取消');
  assert.deepEqual(await seriousAxeViolations(page), []);
  await dialog.getByRole('button', { name: /解\s*除/ }).click();
  await page.locator('.ant-descriptions').getByText('客户项目取消').waitFor({ timeout: 15_000 });
  await screenshot(page, 'contract-terminated-zh-CN');
  await page.context().close();
});

test('a manager completes an active contract (en)', async () => {
  const page = await signIn(browser, 'manager.east', 'en');
  await open(page, '/contracts');
  await page.getByRole('combobox', { name: 'Status' }).click();
  await page.locator('.ant-select-item-option', { hasText: 'Active' }).first().click();
  await page.keyboard.press('Escape');
  await waitForData(page);
  await page.locator('.ant-table-tbody tr.ant-table-row a').first().click();
  await page.getByRole('button', { name: 'Complete' }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: 'Complete' }).click();
  await page.locator('.ant-card-head').getByText('Completed').waitFor({ timeout: 15_000 });
  await page.context().close();
});
