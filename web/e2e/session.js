// @ts-check
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { artifactsDir, baseUrl } from './browser.js';

export const demoPassword = 'SalesGraph!2026';

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Opens a page signed in as a demo account through the real login form, in the given language.
 * @param {import('playwright-core').Browser} browser
 * @param {string} username
 * @param {'zh-CN' | 'en'} [locale]
 */
export async function signIn(browser, username, locale = 'zh-CN') {
  const context = await browser.newContext({
    locale,
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
    // Charts then draw at once (no animation), so screenshots and assertions see the final figures.
    reducedMotion: 'reduce',
  });
  // The SPA remembers the language in localStorage; start with the one asked for, unless the user switched since.
  await context.addInitScript({
    content: `if (!localStorage.getItem('salesgraph.locale')) localStorage.setItem('salesgraph.locale', ${JSON.stringify(locale)});`,
  });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/login`);
  await page.locator('input#username').fill(username);
  await page.locator('input#password').fill(demoPassword);
  await page.locator('button[type="submit"]').click();
  await page.locator('[data-testid="me-summary"]').waitFor({ state: 'visible', timeout: 30_000 });
  return page;
}

/**
 * The texts of the side menu, in order.
 * @param {import('playwright-core').Page} page
 */
export async function menuItems(page) {
  return (await page.locator('nav .ant-menu-item').allInnerTexts()).map((s) => s.trim());
}

/**
 * Goes to a route of the SPA and waits for its table (if any) to finish loading.
 * @param {import('playwright-core').Page} page
 * @param {string} route
 */
export async function open(page, route) {
  await page.goto(`${baseUrl}${route}`);
  await page.locator('h1').first().waitFor({ state: 'visible', timeout: 30_000 });
  await waitForData(page);
}

/** @param {import('playwright-core').Page} page */
export async function waitForData(page) {
  await page.waitForLoadState('networkidle');
  await page
    .locator('.ant-spin-spinning')
    .first()
    .waitFor({ state: 'detached', timeout: 30_000 })
    .catch(() => {});
}

/**
 * The header texts of the first table on the page.
 * @param {import('playwright-core').Page} page
 */
export async function columnTitles(page, tableIndex = 0) {
  const table = page.locator('.ant-table').nth(tableIndex);
  return (await table.locator('thead th').allInnerTexts()).map((s) => s.trim()).filter(Boolean);
}

/**
 * Saves a full-page screenshot to e2e-artifacts/.
 * @param {import('playwright-core').Page} page
 * @param {string} name
 */
export async function screenshot(page, name) {
  await page.screenshot({ path: path.join(artifactsDir, `${name}.png`), fullPage: true });
}

/**
 * Runs axe-core in the page and returns the violations of serious or critical impact.
 * @param {import('playwright-core').Page} page
 */
export async function seriousAxeViolations(page) {
  await page.addScriptTag({ content: axeSource });
  // A string, not a function: this file is type-checked for Node, where `window` and `document` do not exist.
  const violations = await page.evaluate(`(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target })),
    }));
  })()`);
  /** @type {{ id: string, impact: string, help: string, nodes: { target: string[] }[] }[]} */
  const list = /** @type {any} */ (violations);
  return list.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
