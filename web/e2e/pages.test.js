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

// The main pages, each opened by a role that uses it; detail pages are reached through the list's first link.
const mainPages = [
  { name: 'customers', route: '/customers', detail: true },
  { name: 'contracts', route: '/contracts', detail: true },
  { name: 'regions', route: '/regions' },
  { name: 'staff', route: '/staff' },
  { name: 'dashboard', route: '/dashboard' },
  { name: 'receivables', route: '/receivables' },
  { name: 'targets', route: '/targets' },
  { name: 'audit', route: '/audit' },
];

for (const locale of /** @type {const} */ (['zh-CN', 'en'])) {
  test(`the main pages in ${locale} have no serious or critical accessibility violations`, async () => {
    const page = await signIn(browser, 'director', locale);
    /** @type {string[]} */
    const problems = [];
    const check = async (/** @type {string} */ name) => {
      await screenshot(page, `${name}-${locale}`);
      for (const v of await seriousAxeViolations(page)) {
        problems.push(`${name}: ${v.id} (${v.impact}) ${v.help} at ${JSON.stringify(v.nodes)}`);
      }
    };
    for (const { name, route, detail } of mainPages) {
      await open(page, route);
      await check(name);
      if (name === 'targets') {
        // The split editor, with its parts and the control to add one.
        await page
          .getByRole('button', { name: /^(Split the target|分解目标)/ })
          .first()
          .click();
        await page.getByRole('dialog').locator('.ant-table-tbody tr').first().waitFor();
        await waitForData(page);
        await check('targets-split');
        await page.keyboard.press('Escape');
        await page.getByRole('dialog').waitFor({ state: 'hidden' });
      }
      if (detail) {
        await page.locator('.ant-table-tbody tr.ant-table-row a').first().click();
        await page
          .locator('.ant-descriptions')
          .first()
          .waitFor({ state: 'visible', timeout: 30_000 });
        await check(`${name}-detail`);
      }
    }
    assert.deepEqual(problems, []);
    await page.context().close();
  });
}

test('the language switch is remembered across a reload', async () => {
  const page = await signIn(browser, 'manager.east', 'zh-CN');
  await open(page, '/customers');
  assert.equal(await page.locator('h1').innerText(), '客户');
  await page.getByText('English', { exact: true }).click();
  await page.locator('h1', { hasText: 'Customers' }).waitFor();
  await page.reload();
  await page.locator('h1', { hasText: 'Customers' }).waitFor();
  assert.match(await page.locator('[data-testid="table-total"]').innerText(), /in total/);
  await page.context().close();
});

test('a CSV export holds the columns the caller may see', async () => {
  const page = await signIn(browser, 'rep.east.1', 'en');
  await open(page, '/customers');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  const stream = await download.createReadStream();
  let text = '';
  for await (const chunk of stream) text += chunk;
  const [header, ...rows] = text
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  assert.ok(header?.startsWith('Code,Name,Grade'), header);
  assert.ok(!header?.includes('Credit limit'), `a rep's export has no credit limit: ${header}`);
  const shown = await page.locator('[data-testid="table-total"]').innerText();
  assert.equal(
    rows.length,
    Number(shown.replace(/[^\d]/g, '')),
    'every row the rep may see, all pages',
  );
  await page.context().close();
});
