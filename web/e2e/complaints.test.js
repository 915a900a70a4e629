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
 * Opens the rep's first customer and logs a complaint on it from the page's complaints card.
 * @param {import('playwright-core').Page} page
 * @param {{ log: string, save: string, descriptionLabel: string, required: string }} words
 * @param {string} description
 */
async function logComplaintOnFirstCustomer(page, words, description) {
  await open(page, '/customers');
  await page.locator('.ant-table-tbody tr.ant-table-row a').first().click();
  await page.locator('h2').first().waitFor();
  await waitForData(page);
  await page.getByRole('button', { name: words.log }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: words.save }).click();
  await dialog.getByText(words.required).waitFor();
  await dialog.getByLabel(words.descriptionLabel).fill(description);
  assert.deepEqual(await seriousAxeViolations(page), []);
  await dialog.getByRole('button', { name: words.save }).click();
  await dialog.waitFor({ state: 'detached', timeout: 15_000 });
  await waitForData(page);
  const row = page.locator('.ant-table-tbody tr.ant-table-row', { hasText: description });
  await row.waitFor({ timeout: 15_000 });
  return row;
}

test('a rep logs a complaint on the customer page, sees its 2-hour timer, answers it and the status changes (zh-CN)', async () => {
  const page = await signIn(browser, 'rep.east.1', 'zh-CN');
  const description = `E2E 投诉 外箱破损 ${Date.now()}`;
  const row = await logComplaintOnFirstCustomer(
    page,
    { log: '登记投诉', save: '登记投诉', descriptionLabel: '投诉内容', required: '请填写投诉内容' },
    description,
  );
  const timer = row.locator('[data-timer="left"]');
  await timer.waitFor();
  assert.match(await timer.innerText(), /^剩余 1 小时 5\d 分钟$/, 'about two hours left');
  assert.match(await row.innerText(), /待响应/);

  await row.getByRole('button', { name: /^答\s?复$/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('答复内容').fill('已致电客户致歉，明日补发');
  await dialog.getByRole('button', { name: /^答\s?复$/ }).click();
  await dialog.waitFor({ state: 'detached', timeout: 15_000 });
  await waitForData(page);
  await row.getByText('已答复', { exact: true }).waitFor({ timeout: 15_000 });
  assert.match(await row.locator('[data-timer="answered"]').innerText(), /^\d+ 分钟 内答复$/);
  assert.equal(
    await row.getByRole('button', { name: /^答\s?复$/ }).count(),
    0,
    'no second answer offered',
  );
  assert.deepEqual(await seriousAxeViolations(page), []);
  await screenshot(page, 'customer-complaint-answered-zh-CN');
  await page.context().close();
});

test('the complaints page lists open complaints with their timers and forwards one to a colleague (en)', async () => {
  const page = await signIn(browser, 'rep.east.1', 'en');
  const description = `E2E complaint late delivery ${Date.now()}`;
  await logComplaintOnFirstCustomer(
    page,
    {
      log: 'Log complaint',
      save: 'Log complaint',
      descriptionLabel: 'What the customer says',
      required: 'Say what the customer complains about',
    },
    description,
  );

  await page.getByRole('menuitem', { name: 'Complaints' }).click();
  await page.locator('h1', { hasText: 'Complaints' }).waitFor();
  await waitForData(page);
  const row = page.locator('.ant-table-tbody tr.ant-table-row', { hasText: description });
  await row.waitFor({ timeout: 15_000 });
  assert.match(await row.locator('[data-timer="left"]').innerText(), /^1 h 5\d min left$/);
  assert.deepEqual(await seriousAxeViolations(page), []);

  await row.getByRole('button', { name: 'Forward' }).click();
  const dialog = page.getByRole('dialog');
  // The list is long and virtual: search it as a user would.
  await dialog.getByRole('combobox', { name: 'Colleague' }).fill('Regional manager');
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', {
      hasText: 'Regional manager',
    })
    .first()
    .click();
  await dialog.getByLabel('What to look into').fill('Check the carrier’s delivery records');
  await dialog.getByRole('button', { name: 'Forward' }).click();
  await dialog.waitFor({ state: 'detached', timeout: 15_000 });
  await waitForData(page);

  // It leaves the Open list and shows under Forwarded, its timer still running.
  await row.waitFor({ state: 'detached', timeout: 15_000 });
  await page.getByText('Forwarded', { exact: true }).first().click();
  await waitForData(page);
  const forwarded = page.locator('.ant-table-tbody tr.ant-table-row', { hasText: description });
  await forwarded.waitFor({ timeout: 15_000 });
  await forwarded.locator('[data-timer="left"]').waitFor();
  await screenshot(page, 'complaints-forwarded-en');
  await page.context().close();
});
