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
 * @param {string} query
 * @param {Record<string, unknown>} [variables]
 */
async function graphql(page, query, variables) {
  const body = JSON.stringify({ query, variables });
  /** @type {any} */
  const result = await page.evaluate(`(async () => {
    const session = JSON.parse(sessionStorage.getItem('salesgraph.session') ?? '{}');
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + session.accessToken },
      body: ${JSON.stringify(body)},
    });
    return response.json();
  })()`);
  assert.equal(result.errors, undefined, JSON.stringify(result.errors));
  return result.data;
}

/** The month before the current one, as the generate form defaults to it. */
function lastMonth() {
  const now = new Date();
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  return { year: first.getUTCFullYear(), month: first.getUTCMonth() + 1 };
}

test('finance generates last month’s statements, a rep records a dispute, and finance finds it among the disputes', async () => {
  const { year, month } = lastMonth();
  const label = `${year}-${String(month).padStart(2, '0')}`;

  // Finance runs the month end from the statements page (default: last month).
  const finance = await signIn(browser, 'finance', 'en');
  await open(finance, '/statements');
  await finance.getByRole('button', { name: 'Generate for all customers' }).click();
  await finance
    .getByText(new RegExp(`^${label}: \\d+ statements generated, \\d+ already there$`))
    .waitFor();

  // A statement of last month that one of rep.east.1's customers has not answered yet.
  const rep = await signIn(browser, 'rep.east.1', 'zh-CN');
  const mine = await graphql(
    rep,
    'query ($y: Int!, $m: Int!) { statements(first: 1, where: { year: { eq: $y }, month: { eq: $m }, status: { eq: SENT } }) { nodes { id number closingBalance customer { name } } } }',
    { y: year, m: month },
  );
  const statement = mine.statements.nodes[0];
  assert.ok(statement, `rep.east.1 has a SENT statement of ${label}`);

  // The rep opens it, sees its lines and closing balance, and records the customer's dispute.
  await open(rep, `/statements?statement=${encodeURIComponent(statement.id)}`);
  const card = rep.getByRole('region', { name: `对账单 ${statement.number}` });
  await card.getByTestId('statement-closing').waitFor();
  const note = `E2E 异议 ${Date.now()}: 第二笔回款未入账`;
  await card.getByText('提出异议').click();
  await card.getByLabel('说明（异议内容）').fill(note);
  assert.deepEqual(
    (await seriousAxeViolations(rep)).map((v) => `${v.id}: ${v.help}`),
    [],
  );
  await card.getByRole('button', { name: '登记回复' }).click();
  await rep.getByText(`${statement.number} 的回复已登记`).waitFor();
  await card.locator('.ant-tag', { hasText: '有异议' }).waitFor();
  await screenshot(rep, 'statement-dispute-rep');

  // Finance's disputes list shows it with the customer's note; opening it shows the lines; the CSV downloads.
  await open(finance, '/statements');
  await finance.locator('.ant-segmented').getByText('Disputes', { exact: true }).click();
  await waitForData(finance);
  const row = finance.locator('tr', { hasText: statement.number });
  await row.getByText(note).waitFor();
  await row.getByRole('button', { name: statement.number }).click();
  const opened = finance.getByRole('region', { name: `Statement ${statement.number}` });
  await opened.locator('.ant-tag', { hasText: 'Disputed' }).waitFor();
  await opened.getByText(note).waitFor();
  const [download] = await Promise.all([
    finance.waitForEvent('download'),
    opened.getByRole('button', { name: 'Statement CSV' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), `statement-${statement.number}.csv`);
  await screenshot(finance, 'statement-disputes-finance');
  assert.deepEqual(
    (await seriousAxeViolations(finance)).map((v) => `${v.id}: ${v.help}`),
    [],
  );
  await finance.context().close();
  await rep.context().close();
});
