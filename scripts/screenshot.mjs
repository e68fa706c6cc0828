#!/usr/bin/env node
// Full-page screenshot of a URL in the system's Chromium: `node scripts/screenshot.mjs URL out.png [width]`.
import { launch } from 'puppeteer-core';
import { findEngine } from './browsers.mjs';

const [url, out = 'screenshot.png', width = '1000'] = process.argv.slice(2);
if (!url) {
  console.error('usage: node scripts/screenshot.mjs URL out.png [width]');
  process.exit(1);
}
const browser = await launch({
  executablePath: findEngine('chromium'),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: Number(width), height: 800 });
  page.on('console', (message) => console.log(`[console.${message.type()}] ${message.text()}`));
  page.on('pageerror', (error) => console.log(`[pageerror] ${error.message}`));
  await page.goto(url, { waitUntil: 'networkidle0' });
  await page.screenshot({ path: out, fullPage: true });
} finally {
  await browser.close();
}
