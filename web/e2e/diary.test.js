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

const words = {
  'zh-CN': {
    gradeA: 'A 战略客户',
    logFor: '记录拜访/电话：',
    kind: '类型',
    call: '电话',
    subject: '主题',
    logActivity: '记录拜访/跟进',
    menu: '销售日记',
    today: '今日日报',
    proposed: '根据当日登记自动汇总',
    visits: '拜访',
    summary: '今日总结',
    plan: '明日计划',
    save: '保存日报',
    saved: '日报已保存',
    required: '请填写今日总结',
    written: /已填写（版本 \d+）/,
    team: '团队日报',
    missing: '未交日报',
  },
  en: {
    gradeA: 'A strategic',
    logFor: 'Log visit / call: ',
    kind: 'Kind',
    call: 'Call',
    subject: 'Subject',
    logActivity: 'Log activity',
    menu: 'Sales diary',
    today: "Today's entry",
    proposed: 'From what you logged that day',
    visits: 'Visits',
    summary: 'Summary of the day',
    plan: "Tomorrow's plan",
    save: 'Save entry',
    saved: 'Diary entry saved',
    required: 'Write a summary of the day',
    written: /Written \(version \d+\)/,
    team: "The team's entries",
    missing: 'No entry yet',
  },
};

for (const locale of /** @type {const} */ (['zh-CN', 'en'])) {
  test(`a rep writes today's diary entry with the proposed facts, and the manager sees it and who has none (${locale})`, async () => {
    const w = words[locale];
    const summary = `E2E ${locale} 日报 ${Date.now()}`;

    const rep = await signIn(browser, 'rep.east.1', locale);
    // A call on an A-class customer (its cadence counts visits only, so the visits-due list stays as it was).
    await open(rep, '/visits');
    const dueA = rep
      .getByRole('table', { name: /待联系客户|Customers due a contact/ })
      .locator('tbody tr.ant-table-row', { has: rep.locator('.ant-tag', { hasText: w.gradeA }) })
      .first();
    await dueA.waitFor({ timeout: 15_000 });
    const customer = (await dueA.getByRole('link').innerText()).trim();
    await dueA.getByRole('button', { name: `${w.logFor}${customer}` }).click();
    const dialog = rep.getByRole('dialog');
    await dialog.getByText(customer).first().waitFor();
    await dialog.locator('.ant-form-item', { hasText: w.kind }).locator('.ant-select').click();
    await rep
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', {
        hasText: w.call,
      })
      .click();
    const subject = `E2E 日报电话 ${locale} ${Date.now()}`;
    await dialog.getByLabel(w.subject).fill(subject);
    await dialog.getByRole('button', { name: w.logActivity }).click();
    await dialog.waitFor({ state: 'detached', timeout: 15_000 });

    assert.ok((await menuItems(rep)).includes(w.menu));
    await open(rep, '/diary');
    // The proposed facts list the call just logged, with its customer.
    await rep.getByText(`${customer} · ${subject}`, { exact: false }).waitFor({ timeout: 15_000 });
    await rep.getByText(w.today, { exact: false }).first().waitFor();
    await rep.getByText(w.proposed).waitFor();
    await rep.locator('[data-testid="diary-facts"]').getByText(w.visits, { exact: true }).waitFor();
    await rep.getByLabel(w.summary).fill('');
    await rep.getByRole('button', { name: w.save }).click();
    await rep.getByText(w.required).waitFor();
    assert.deepEqual(await seriousAxeViolations(rep), []);
    await rep.getByLabel(w.summary).fill(summary);
    await rep.getByLabel(w.plan).fill('拜访重点客户 / visit key accounts');
    await rep.getByRole('button', { name: w.save }).click();
    await rep.getByText(w.saved).waitFor({ timeout: 15_000 });
    await rep
      .locator('[data-testid="diary-status"]', { hasText: w.written })
      .waitFor({ timeout: 15_000 });
    await screenshot(rep, `diary-rep-${locale}`);
    await rep.context().close();

    const manager = await signIn(browser, 'manager.east', locale);
    await open(manager, '/diary');
    const team = manager.getByRole('region', { name: w.team });
    const row = team.locator('.ant-table-tbody tr.ant-table-row', { hasText: summary });
    await row.waitFor({ timeout: 15_000 });
    const cells = await row.locator('td').allInnerTexts();
    const repName = cells[0].trim();
    assert.ok(repName.length > 0, 'the entry names its rep');
    const missing = manager.getByRole('region', { name: w.missing });
    const missingRows = missing.locator('.ant-table-tbody tr.ant-table-row');
    await missingRows.first().waitFor({ timeout: 15_000 });
    await waitForData(manager);
    const names = (await missingRows.allInnerTexts()).join('\n');
    assert.ok(
      !names.includes(repName),
      `${repName} wrote today's entry and is not missing: ${names}`,
    );
    assert.ok((await missingRows.count()) > 0, 'a rep of the team has not written today');
    assert.deepEqual(await seriousAxeViolations(manager), []);
    await screenshot(manager, `diary-manager-${locale}`);
    await manager.context().close();
  });
}
