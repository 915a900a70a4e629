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

/** @param {import('playwright-core').Page} page */
const statuses = async (page) =>
  page
    .locator('section[aria-labelledby="bank-statement-result"] [data-status]')
    .evaluateAll((tags) => tags.map((t) => t.getAttribute('data-status')));

/** @param {import('playwright-core').Page} page */
const receiptCount = async (page) =>
  (await graphql(page, '{ receipts(first: 1) { totalCount } }')).receipts.totalCount;

/** @param {import('playwright-core').Page} page */
async function preview(page) {
  await page.getByRole('button', { name: 'Preview (dry run)' }).click();
  await page
    .getByRole('heading', { name: 'Preview: nothing written yet' })
    .waitFor({ timeout: 30_000 });
  await waitForData(page);
}

test('finance previews a bank statement (nothing written), imports it, and a re-import reports duplicates', async () => {
  // Two customers of its own, made by a rep, so no other test's data is touched.
  const tag = Date.now().toString(36);
  const rep = await signIn(browser, 'rep.east.1', 'en');
  const names = [`E2E 流水甲 ${tag}`, `E2E 流水乙 ${tag}`];
  for (const name of names) {
    const created = await graphql(
      rep,
      'mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { customer { id } errors { code message } } }',
      {
        input: {
          name,
          industry: '机械制造',
          source: 'EXHIBITION',
          contactPerson: '王伟',
          mobile: '138 1234 5678',
          address: '上海市浦东新区张江路1号',
        },
      },
    );
    assert.deepEqual(created.createCustomer.errors, []);
  }
  await rep.context().close();

  const page = await signIn(browser, 'finance', 'en');
  await open(page, '/bank-statement');
  assert.ok(
    (await page.locator('nav .ant-menu-item').allInnerTexts()).some((s) =>
      s.includes('Bank statement import'),
    ),
  );
  const today = new Date().toISOString().slice(0, 10);
  const csv = [
    'bankReference,valueDate,payerName,amount,memo',
    `E2E-${tag}-1,${today},${names[0]},"1,200.50",货款`,
    `E2E-${tag}-2,${today},${names[1]},300,`,
    `E2E-${tag}-3,${today},E2E 无此客户 ${tag},99,`,
  ].join('\n');
  await page
    .getByRole('checkbox', { name: 'Apply each receipt to the oldest open invoices' })
    .uncheck();
  await page.getByLabel('Bank statement CSV').fill(csv);
  const before = await receiptCount(page);

  await preview(page);
  assert.deepEqual(await statuses(page), ['IMPORTED', 'IMPORTED', 'UNMATCHED']);
  assert.equal(await receiptCount(page), before, 'the dry run wrote no receipt');
  const unmatchedRow = page.locator('tr', { hasText: `E2E-${tag}-3` });
  assert.match(await unmatchedRow.innerText(), /payerName: No customer matches/);
  assert.deepEqual(await seriousAxeViolations(page), []);
  await screenshot(page, 'bank-statement-preview');

  await page.getByRole('button', { name: 'Import' }).click();
  await page.getByRole('heading', { name: 'Import result' }).waitFor({ timeout: 30_000 });
  await waitForData(page);
  assert.deepEqual(await statuses(page), ['IMPORTED', 'IMPORTED', 'UNMATCHED']);
  assert.match(await page.locator('tr', { hasText: `E2E-${tag}-1` }).innerText(), /HK-\d{4}-/);
  assert.equal(await receiptCount(page), before + 2);
  const imported = await graphql(
    page,
    'query ($where: ReceiptFilterInput) { receipts(first: 5, where: $where) { nodes { amount customer { name } } } }',
    {
      where: { bankReference: { startsWith: `E2E-${tag}-` } },
    },
  );
  assert.deepEqual(
    imported.receipts.nodes
      .map((/** @type {any} */ r) => [Number(r.amount), r.customer.name])
      .sort(),
    [
      [1200.5, names[0]],
      [300, names[1]],
    ].sort(),
  );

  // The same statement again: the preview shows the lines as duplicates and there is nothing to import.
  await page.getByLabel('Bank statement CSV').fill(`${csv}\n`);
  await preview(page);
  assert.deepEqual(await statuses(page), ['DUPLICATE', 'DUPLICATE', 'UNMATCHED']);
  assert.equal(await page.getByRole('button', { name: 'Import' }).isDisabled(), true);
  assert.equal(await receiptCount(page), before + 2);
  assert.deepEqual(await seriousAxeViolations(page), []);
  await page.context().close();
});
