// @ts-check
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { artifactsDir, baseUrl, launchBrowser } from './browser.js';

/** @type {import('playwright-core').Browser} */
let browser;

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

test('the login page opens and shows the sign-in form', async () => {
  const page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } });
  const response = await page.goto(`${baseUrl}/login`, { waitUntil: 'networkidle' });
  assert.ok(response?.ok(), `GET ${baseUrl}/login answered ${response?.status()}`);

  await page.locator('input#username').waitFor({ state: 'visible' });
  assert.equal(await page.locator('input#password').count(), 1);

  await page.screenshot({ path: path.join(artifactsDir, 'login.png'), fullPage: true });
});
