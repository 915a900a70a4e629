// @ts-check
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

/** The running API (which serves the SPA) under test; never a browser download, always Debian's Chromium. */
export const baseUrl = (process.env.SALESGRAPH_URL ?? 'http://localhost:5080').replace(/\/$/, '');

export const artifactsDir = path.resolve(import.meta.dirname, '..', 'e2e-artifacts');

// Without the networking flags Chromium keeps dialling Google services, which this machine refuses.
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchBrowser() {
  fs.mkdirSync(artifactsDir, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: chromiumArgs,
  });
}
