// @ts-check
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser } from './browser.js';
import { t } from './messages.js';
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
 * A headline figure of the dashboard, as shown.
 * @param {import('playwright-core').Page} page
 * @param {string} key
 */
export async function figure(page, key) {
  return (await page.locator(`[data-testid="kpi-${key}"]`).innerText()).trim();
}

/**
 * The names in the first column of a dashboard card's table view.
 * @param {import('playwright-core').Page} page
 * @param {string} card
 */
async function tableNames(page, card) {
  const box = page.locator(`[data-testid="${card}"]`);
  await box.getByText(/^(Table|表格)$/).click();
  return (
    await box.locator('.ant-table-tbody tr.ant-table-row td:nth-child(1)').allInnerTexts()
  ).map((s) => s.trim());
}

test("the dashboard shows a manager only its region's numbers, the director drills into them", async () => {
  const director = await signIn(browser, 'director', 'en');
  await open(director, '/dashboard');
  const companySales = await figure(director, 'salesAmount');
  const regions = await tableNames(director, 'achievement-by-region');
  assert.ok(regions.length >= 4 && regions.includes('华东大区'), `${regions}`);
  await director.getByRole('button', { name: 'Show the reps of 华东大区' }).click();
  await waitForData(director);
  await director.getByText('华东大区: achievement by rep').waitFor();
  const eastSales = await figure(director, 'salesAmount');
  assert.notEqual(eastSales, companySales, 'the drill-down narrows the figures');
  const eastReps = await tableNames(director, 'achievement-by-rep');
  await screenshot(director, 'dashboard-drilled-en');
  await director.context().close();

  const manager = await signIn(browser, 'manager.east', 'en');
  await open(manager, '/dashboard');
  assert.equal(
    await figure(manager, 'salesAmount'),
    eastSales,
    "the manager's total is its region's",
  );
  assert.deepEqual(await tableNames(manager, 'achievement-by-region'), ['华东大区']);
  assert.deepEqual(
    [...(await tableNames(manager, 'achievement-by-rep'))].sort(),
    [...eastReps].sort(),
    "the manager's reps are the east region's",
  );
  assert.equal(await manager.locator('[data-testid="kpi-grossMargin"]').count(), 0, 'no margin');
  await screenshot(manager, 'dashboard-manager-en');
  await manager.context().close();
});

/**
 * The first column of a plain table inside a card.
 * @param {import('playwright-core').Page} page
 * @param {string} card
 */
async function plainTableNames(page, card) {
  const rows = page.locator(`[data-testid="${card}"] .ant-table-tbody tr.ant-table-row`);
  await rows.first().waitFor({ timeout: 30_000 });
  return (await rows.locator('td:nth-child(1)').allInnerTexts()).map((s) => s.trim());
}

test("the rep's home shows its own target gap, visits due, complaints, overdue invoices and pipeline", async () => {
  const rep = await signIn(browser, 'rep.east.1', 'zh-CN');
  await open(rep, '/dashboard');
  for (const section of [
    'home-month-gap',
    'home-year-gap',
    'home-pipeline',
    'home-contacts-due',
    'home-open-complaints',
    'home-overdue',
  ]) {
    await rep.locator(`[data-testid="${section}"]`).waitFor({ timeout: 30_000 });
  }
  // The year's gap is measured against the same sales as the year's headline figure (the default period).
  const sales = await figure(rep, 'salesAmount');
  const yearGap = await rep.locator('[data-testid="home-year-gap"]').innerText();
  assert.ok(yearGap.includes(sales), `${yearGap} should mention the year's sales ${sales}`);
  assert.match(yearGap, /尚差|超出目标/);
  const toVisits = rep.locator('[data-testid="home-contacts-due"] a[href="/visits"]');
  assert.equal(await toVisits.count(), 1, 'the visits due link to /visits');
  await rep.locator('[data-testid="home-contacts-due"] .ant-list-item').first().waitFor();
  assert.deepEqual(await seriousAxeViolations(rep), []);
  await screenshot(rep, 'dashboard-rep-zh');
  await rep.context().close();
});

test("the manager's home shows its team's achievement by rep, the pipeline and contact compliance", async () => {
  const manager = await signIn(browser, 'manager.east', 'en');
  await open(manager, '/dashboard');
  const team = await plainTableNames(manager, 'team-achievement');
  const reps = await tableNames(manager, 'achievement-by-rep');
  assert.deepEqual([...team].sort(), [...reps].sort(), "the team table lists the region's reps");
  await manager.getByText('Team achievement by rep').waitFor();
  await manager.locator('[data-testid="home-open-complaints"]').waitFor();
  assert.equal(await manager.locator('[data-testid="home-year-gap"]').count(), 0, 'no rep home');
  assert.deepEqual(await seriousAxeViolations(manager), []);
  await screenshot(manager, 'dashboard-team-en');
  await manager.context().close();
});

for (const locale of /** @type {const} */ (['en', 'zh-CN'])) {
  test(`the director drills from a 大区 into its 片区 (${locale})`, async () => {
    const director = await signIn(browser, 'director', locale);
    await open(director, '/dashboard');
    assert.equal(
      await director.locator('[data-testid="team-achievement"]').count(),
      0,
      'no team home',
    );
    await figure(director, 'salesAmount');
    assert.ok((await tableNames(director, 'achievement-by-region')).includes('华东大区'));
    await director
      .getByRole('button', { name: t(locale, 'dashboard.drillInto', { name: '华东大区' }) })
      .click();
    await waitForData(director);
    await director.getByText(t(locale, 'dashboard.bySubRegionOf', { name: '华东大区' })).waitFor();
    const areas = await plainTableNames(director, 'achievement-by-sub-region');
    assert.ok(areas.length >= 2, `${areas}`);
    assert.ok(!areas.includes('华东大区'), 'the rows are the 片区, not the 大区');
    assert.deepEqual(await seriousAxeViolations(director), []);
    await screenshot(director, `dashboard-sub-regions-${locale}`);
    await director.context().close();
  });
}
