// @ts-check
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser } from './browser.js';
import { open, screenshot, signIn } from './session.js';

/** @type {import('playwright-core').Browser} */
let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

/**
 * A request with the signed-in user's bearer token, from the page (so it goes where the SPA's requests go).
 * @param {import('playwright-core').Page} page
 * @param {string} path
 * @param {string} body
 * @returns {Promise<{ status: number, json: any }>}
 */
async function post(page, path, body) {
  return page.evaluate(`(async () => {
    const session = JSON.parse(sessionStorage.getItem('salesgraph.session') ?? '{}');
    const response = await fetch(${JSON.stringify(path)}, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + session.accessToken },
      body: ${JSON.stringify(body)},
    });
    return { status: response.status, json: await response.json().catch(() => null) };
  })()`);
}

/**
 * @param {import('playwright-core').Page} page
 * @param {string} query
 * @param {Record<string, unknown>} [variables]
 */
async function graphql(page, query, variables) {
  const { json } = await post(page, '/graphql', JSON.stringify({ query, variables }));
  assert.equal(json.errors, undefined, JSON.stringify(json.errors));
  return json.data;
}

test('a collection notice the rep did not settle reaches the manager after Dunning:EscalateAfterDays', async () => {
  // Finance issues the notices of the day (idempotent: customers with a notice keep theirs).
  const finance = await signIn(browser, 'finance', 'en');
  await open(finance, '/collections');
  await finance.getByRole('button', { name: 'Issue notices for overdue customers' }).click();
  await finance.getByText(/^\d+ notices issued, \d+ customers already have one$/).waitFor();

  // One of rep.east.2's open notices, still at the rep's level, whose customer paid nothing in the last 8 days
  // (a receipt restarts the level's days).
  const rep = await signIn(browser, 'rep.east.2', 'en');
  const chase = await graphql(
    rep,
    '{ collectionsToChase(first: 50, where: { status: { eq: OPEN } }) { nodes { id number level customer { code } } } }',
  );
  const since = new Date(Date.now() - 8 * 86_400_000).toISOString().slice(0, 10);
  let notice;
  for (const candidate of chase.collectionsToChase.nodes) {
    const paid = await graphql(
      finance,
      'query ($code: String!, $since: DateOnly!) { receipts(first: 1, where: { customer: { code: { eq: $code } }, receivedOn: { gte: $since } }) { totalCount } }',
      { code: candidate.customer.code, since },
    );
    if (paid.receipts.totalCount === 0) {
      notice = candidate;
      break;
    }
  }
  assert.ok(
    notice,
    'rep.east.2 has an open collection notice of a customer without a recent receipt',
  );
  assert.equal(notice.level, 'REP');

  // Time passes for this notice only: the Development-only backdating (decision 031) moves it 8 days back,
  // past Dunning:EscalateAfterDays (7), without a promise or receipt in between.
  const backdated = await post(
    finance,
    `/development/collection-notices/${encodeURIComponent(notice.number)}/backdate?days=8`,
    '',
  );
  assert.equal(backdated.status, 200, JSON.stringify(backdated.json));

  // Finance runs the escalation from the desk.
  await finance.getByRole('button', { name: 'Run escalation' }).click();
  await finance.getByText(/^\d+ notices escalated, \d+ closed$/).waitFor();

  // The manager signs in and finds it among what is theirs to chase, at the manager's level.
  const manager = await signIn(browser, 'manager.east', 'en');
  await open(manager, '/collections');
  const row = manager.locator('.ant-table-tbody tr.ant-table-row', {
    has: manager.getByRole('button', { name: notice.number, exact: true }),
  });
  await row.waitFor({ timeout: 30_000 });
  assert.match(await row.innerText(), /Manager/);
  await row.getByRole('button', { name: notice.number, exact: true }).click();
  await manager.getByRole('region', { name: `Collection notice ${notice.number}` }).waitFor();
  await screenshot(manager, 'collections-escalated-manager');

  // …and it left the rep's list.
  const left = await graphql(
    rep,
    'query ($n: String!) { collectionsToChase(first: 1, where: { number: { eq: $n } }) { totalCount } }',
    { n: notice.number },
  );
  assert.equal(left.collectionsToChase.totalCount, 0);

  await finance.context().close();
  await rep.context().close();
  await manager.context().close();
});
