// @ts-check
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser } from './browser.js';
import { open, screenshot, seriousAxeViolations, signIn } from './session.js';

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

test('finance issues collection notices and a rep records the customer’s promise to pay', async () => {
  const finance = await signIn(browser, 'finance', 'en');
  await open(finance, '/collections');
  await finance.getByRole('button', { name: 'Issue notices for overdue customers' }).click();
  await finance.getByText(/^\d+ notices issued, \d+ customers already have one$/).waitFor();

  const rep = await signIn(browser, 'rep.east.1', 'zh-CN');
  const data = await graphql(
    rep,
    '{ collectionsToChase(first: 1, where: { status: { eq: OPEN } }) { nodes { id number customer { name } } } }',
  );
  const notice = data.collectionsToChase.nodes[0];
  assert.ok(notice, 'rep.east.1 has an open collection notice');

  await open(rep, `/collections?notice=${encodeURIComponent(notice.id)}`);
  const card = rep.getByRole('region', { name: `催收单 ${notice.number}` });
  await card.getByTestId('notice-status').getByText('催收中').waitFor();
  await card.getByLabel('说明').fill('客户财务承诺下周付款 / pays next week');
  assert.deepEqual(
    (await seriousAxeViolations(rep)).map((v) => `${v.id}: ${v.help}`),
    [],
  );
  await card.getByRole('button', { name: '登记承诺' }).click();
  await rep.getByText(`${notice.number} 的付款承诺已登记`).waitFor();
  await card.getByTestId('notice-status').getByText('已承诺付款').waitFor();
  await screenshot(rep, 'collections-promise-rep');

  const after = await graphql(
    rep,
    'query ($id: ID!) { collectionNotice(id: $id) { status promisedOn } }',
    {
      id: notice.id,
    },
  );
  assert.equal(after.collectionNotice.status, 'PROMISED');
  assert.ok(after.collectionNotice.promisedOn);
  await finance.context().close();
  await rep.context().close();
});
