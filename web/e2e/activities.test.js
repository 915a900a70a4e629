// @ts-check
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser } from './browser.js';
import { open, seriousAxeViolations, signIn, waitForData } from './session.js';

/** @type {import('playwright-core').Browser} */
let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

/**
 * Opens the rep's first customer on its activities tab.
 * @param {import('playwright-core').Page} page
 * @param {string} tab
 */
async function openFirstCustomerActivities(page, tab) {
  await open(page, '/customers');
  await page.locator('.ant-table-tbody tr.ant-table-row a').first().click();
  await page.locator('h2').first().waitFor();
  await page.getByRole('tab', { name: tab }).click();
  await waitForData(page);
}

test('a rep logs a call from the customer page (zh-CN)', async () => {
  const page = await signIn(browser, 'rep.east.1', 'zh-CN');
  await openFirstCustomerActivities(page, '拜访与跟进');
  const subject = `E2E 电话 ${Date.now()}`;
  await page.getByRole('button', { name: '记录拜访/跟进' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('combobox', { name: '类型' }).click();
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', {
      hasText: '电话',
    })
    .click();
  await dialog.getByRole('button', { name: '记录拜访/跟进' }).click();
  await dialog.getByText('请填写主题').waitFor();
  await dialog.getByLabel('主题').fill(subject);
  assert.deepEqual(await seriousAxeViolations(page), []);
  await dialog.getByRole('button', { name: '记录拜访/跟进' }).click();
  await dialog.waitFor({ state: 'detached', timeout: 15_000 });
  await waitForData(page);
  const row = page.locator('.ant-table-tbody tr.ant-table-row', { hasText: subject });
  await row.getByText('电话', { exact: true }).waitFor({ timeout: 15_000 });
  await page.context().close();
});

test('a rep logs a visit from the customer page (en)', async () => {
  const page = await signIn(browser, 'rep.east.1', 'en');
  await openFirstCustomerActivities(page, 'Visits and follow-ups');
  const subject = `E2E visit ${Date.now()}`;
  await page.getByRole('button', { name: 'Log activity' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Subject').fill(subject);
  await dialog.getByLabel('Notes').fill('Walked the plant; quote next week.');
  await dialog.getByRole('button', { name: 'Log activity' }).click();
  await dialog.waitFor({ state: 'detached', timeout: 15_000 });
  await waitForData(page);
  const row = page.locator('.ant-table-tbody tr.ant-table-row', { hasText: subject });
  await row.getByText('Visit', { exact: true }).waitFor({ timeout: 15_000 });
  assert.deepEqual(await seriousAxeViolations(page), []);
  await page.context().close();
});
