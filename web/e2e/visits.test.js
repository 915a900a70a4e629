// @ts-check
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { baseUrl, launchBrowser } from './browser.js';
import {
  columnTitles,
  menuItems,
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
 * Opens the visits-due page through the side menu, as a user would find it.
 * @param {import('playwright-core').Page} page
 * @param {string} menuLabel
 */
async function openVisitsFromMenu(page, menuLabel) {
  const menu = await menuItems(page);
  assert.ok(menu.includes(menuLabel), `menu: ${menu}`);
  await page.locator('nav .ant-menu-item', { hasText: menuLabel }).click();
  await page.locator('h1', { hasText: menuLabel }).waitFor({ timeout: 30_000 });
  await waitForData(page);
}

/**
 * The due list's rows of one grade (its tag's label).
 * @param {import('playwright-core').Page} page
 * @param {string} gradeLabel
 */
function rowsOfGrade(page, gradeLabel) {
  return page
    .getByRole('table', { name: /待联系客户|Customers due a contact/ })
    .locator('tbody tr.ant-table-row', { has: page.locator('.ant-tag', { hasText: gradeLabel }) });
}

/**
 * The value beside a label of the customer file (a bordered description list: label and value cells).
 * @param {import('playwright-core').Page} page
 * @param {string} label
 */
function fileValue(page, label) {
  return page
    .locator('.ant-descriptions-item-label', { hasText: label })
    .locator('xpath=following-sibling::*[1]');
}

/**
 * Axe on the page as it stands, as a list of readable problems.
 * @param {import('playwright-core').Page} page
 */
async function axeProblems(page) {
  return (await seriousAxeViolations(page)).map(
    (v) => `${v.id} (${v.impact}) ${v.help} at ${JSON.stringify(v.nodes)}`,
  );
}

test('a rep logs a visit for an A-class customer from the due list, and it leaves the list (zh-CN)', async () => {
  const page = await signIn(browser, 'rep.east.1', 'zh-CN');
  await openVisitsFromMenu(page, '拜访计划');
  assert.equal(
    await page.getByRole('heading', { name: '各销售专员拜访达标率' }).count(),
    0,
    'a rep, who sees only its own customers, gets no compliance by rep',
  );
  assert.deepEqual(await axeProblems(page), []);
  await screenshot(page, 'visits-rep-zh-CN');

  const rows = rowsOfGrade(page, 'A 战略客户');
  assert.ok(
    (await rows.count()) > 0,
    'the demo rep has A-class customers due within 7 days (a fresh demo database has two)',
  );
  const row = rows.first();
  const link = row.getByRole('link');
  const name = (await link.innerText()).trim();
  const customerPath = await link.getAttribute('href');
  assert.ok(customerPath, 'the name links to the customer page');

  await row.getByRole('button', { name: `记录拜访/电话：${name}` }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText(name).first().waitFor();
  assert.equal(
    (
      await dialog.locator('.ant-form-item', { hasText: '类型' }).locator('.ant-select').innerText()
    ).trim(),
    '拜访',
    'an A-class customer is due a visit, so the dialog starts on one',
  );
  await dialog.getByLabel('主题').fill(`E2E 拜访计划 ${Date.now()}`);
  assert.deepEqual(await axeProblems(page), []);
  await dialog.getByRole('button', { name: '记录拜访/跟进' }).click();
  await dialog.waitFor({ state: 'detached', timeout: 15_000 });
  await waitForData(page);
  await page
    .getByRole('table', { name: '待联系客户' })
    .getByRole('link', { name, exact: true })
    .waitFor({ state: 'detached', timeout: 15_000 });

  // The customer's page reads the new cadence: its next visit is two weeks out, no longer overdue.
  await page.goto(`${baseUrl}${customerPath}`);
  const due = fileValue(page, '下次联系日期');
  await due.waitFor({ timeout: 30_000 });
  const dueText = await due.innerText();
  assert.match(dueText, /\d{4}/, `a date shows: ${dueText}`);
  assert.doesNotMatch(dueText, /已逾期/, `not overdue after today's visit: ${dueText}`);
  assert.doesNotMatch(await fileValue(page, '最近联系').innerText(), /从未联系/);
  await screenshot(page, 'visits-customer-after-visit-zh-CN');
  await page.context().close();
});

test('a B-class customer opens the dialog on a call, and the list is clean in English', async () => {
  const page = await signIn(browser, 'rep.east.1', 'en');
  await openVisitsFromMenu(page, 'Visits due');
  assert.deepEqual(await axeProblems(page), []);
  const titles = await columnTitles(page);
  for (const title of ['Customer', 'Last contact', 'Next contact due'])
    assert.ok(titles.includes(title), `${title} in ${titles}`);

  await page.getByRole('combobox', { name: 'Due within' }).click();
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', {
      hasText: 'Due within 30 days',
    })
    .click();
  await waitForData(page);
  const rows = rowsOfGrade(page, 'B potential');
  assert.ok((await rows.count()) > 0, 'B-class customers due within 30 days');
  const name = (await rows.first().getByRole('link').innerText()).trim();
  await rows
    .first()
    .getByRole('button', { name: `Log visit / call: ${name}` })
    .click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText(name).first().waitFor();
  assert.equal(
    (
      await dialog.locator('.ant-form-item', { hasText: 'Kind' }).locator('.ant-select').innerText()
    ).trim(),
    'Call',
  );
  assert.deepEqual(await axeProblems(page), []);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'detached' });
  await screenshot(page, 'visits-rep-en');
  await page.context().close();
});

for (const [locale, menuLabel, heading, rateTitle, ownerTitle] of /** @type {const} */ ([
  ['zh-CN', '拜访计划', '各销售专员拜访达标率', '达标率', '负责人'],
  ['en', 'Visits due', 'Contact compliance by rep', 'On-time rate', 'Owner'],
])) {
  test(`a manager sees its team's contact compliance by rep (${locale})`, async () => {
    const page = await signIn(browser, 'manager.east', locale);
    await openVisitsFromMenu(page, menuLabel);
    await page.getByRole('heading', { name: heading }).waitFor();
    const table = page.getByRole('table', { name: heading });
    const rows = table.locator('tbody tr.ant-table-row');
    await rows.first().waitFor({ timeout: 15_000 });
    assert.ok((await rows.count()) > 1, 'several reps in the region');
    const titles = await columnTitles(page, 1);
    assert.ok(titles.includes(rateTitle), `${rateTitle} in ${titles}`);
    const first = await rows.first().locator('td').allInnerTexts();
    assert.ok(first[0]?.trim(), `the rep's name: ${first}`);
    assert.match(first[3] ?? '', /^\d{1,3}(\.\d)?%$/, `a percentage: ${first}`);
    const total = await table.locator('.ant-table-summary').innerText();
    assert.match(total, /\d{1,3}(\.\d)?%/, `the team's rate: ${total}`);
    // The manager's due list names each customer's owner.
    const dueTitles = await columnTitles(page, 0);
    assert.ok(dueTitles.includes(ownerTitle), `${ownerTitle} in ${dueTitles}`);
    assert.deepEqual(await axeProblems(page), []);
    await screenshot(page, `visits-manager-${locale}`);
    await page.context().close();
  });
}
