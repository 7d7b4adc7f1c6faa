// Browser test of the plan page against a running server (it starts none).
// BASE_URL (default http://localhost:8080), SCREENSHOT_DIR (default target/screenshots),
// CHROMIUM_PATH (default /usr/bin/chromium), E2E_TIMEOUT_MS (default 60000 per step).
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

const BASE_URL = (process.env.BASE_URL || 'http://localhost:8080').replace(/\/+$/, '');
const SCREENSHOT_DIR = resolve(process.env.SCREENSHOT_DIR || 'target/screenshots');
const TIMEOUT = Number(process.env.E2E_TIMEOUT_MS || 60_000);
const UNIT_NAME = 'Phòng Giáo dục và Đào tạo';

let step = 'start';
const log = (message) => console.log(`[e2e] ${message}`);

async function run(page) {
  step = `open ${BASE_URL}/`;
  log(step);
  await page.goto(`${BASE_URL}/`, { waitUntil: 'domcontentloaded', timeout: TIMEOUT * 2 });

  step = 'reach the Ngọc Hồi plan page';
  log(step);
  const heading = page.getByTestId('plan-heading');
  const planLinks = page.locator('[data-testid^="plan-link-"]');
  await heading.or(planLinks.first()).first().waitFor({ state: 'visible' });
  if (!(await heading.isVisible())) {
    // Several plans: open the one about vocational education (Directive 21-CT/TW).
    const row = page.locator('li', { hasText: '21-CT/TW' }).first();
    await row.locator('[data-testid^="plan-link-"]').click();
    await heading.waitFor({ state: 'visible' });
  }
  if (!/\/plans\/\d+/.test(page.url()))
    throw new Error(`expected a /plans/{id} URL, got ${page.url()}`);
  const title = await page.getByTestId('plan-title').innerText();
  if (!/giáo dục nghề nghiệp/i.test(title)) throw new Error(`unexpected plan title: ${title}`);
  await page.getByTestId('task-tree').waitFor({ state: 'visible' });
  await page.getByTestId('task-row-3.a.8').waitFor({ state: 'visible' });

  step = `pick "${UNIT_NAME}" in the unit filter (typed without diacritics)`;
  log(step);
  await page.getByTestId('unit-filter').locator('.ant-select').click();
  await page.keyboard.type('giao duc', { delay: 30 });
  await page.locator(`.ant-select-item-option[title="${UNIT_NAME}"]`).click();
  await page.waitForURL(/[?&]unit=\d+/);

  step = 'task 3.a.8 is listed for the unit and 3.b.1 is not';
  log(step);
  const list = page.getByTestId('task-list');
  await list.waitFor({ state: 'visible' });
  await page.waitForFunction(
    () => !document.querySelector('[data-testid="task-list"][aria-busy="true"]'),
  );
  await list.getByTestId('task-row-3.a.8').waitFor({ state: 'visible' });
  const unwanted = await page.getByTestId('task-row-3.b.1').count();
  if (unwanted !== 0) throw new Error('task 3.b.1 is shown, but Phòng GD&ĐT does not owe it');

  step = 'save the filtered view';
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const shot = resolve(SCREENSHOT_DIR, 'plan-filtered-phong-gddt.png');
  await page.screenshot({ path: shot, fullPage: true });
  log(`screenshot ${shot}`);

  step = 'search "lao dong" (no diacritics) finds tasks';
  log(step);
  await page.getByTestId('clear-filters').click();
  await page.getByTestId('task-tree').waitFor({ state: 'visible' });
  await page.getByTestId('search-input').fill('lao dong');
  await page.waitForURL(/[?&]q=lao(\+|%20)dong/);
  await list.waitFor({ state: 'visible' });
  await page.waitForFunction(
    () => !document.querySelector('[data-testid="task-list"][aria-busy="true"]'),
  );
  const hit = list.locator('[data-testid^="task-row-"]', { hasText: /lao động/i }).first();
  await hit.waitFor({ state: 'visible' });
  log(`found ${await list.locator('[data-testid^="task-row-"]').count()} task(s) for "lao dong"`);
  await page.screenshot({ path: resolve(SCREENSHOT_DIR, 'plan-search-lao-dong.png') });
}

const browser = await chromium
  .launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  .catch((error) => {
    console.error(`[e2e] FAILED: cannot launch Chromium: ${error.message}`);
    process.exit(1);
  });

const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
page.setDefaultTimeout(TIMEOUT);
page.setDefaultNavigationTimeout(TIMEOUT * 2);
const pageErrors = [];
page.on('pageerror', (error) => pageErrors.push(error.message));

let failed = false;
try {
  await run(page);
  if (pageErrors.length > 0) throw new Error(`errors in the page: ${pageErrors.join('; ')}`);
  log('PASSED');
} catch (error) {
  failed = true;
  console.error(`[e2e] FAILED at step "${step}": ${error.message.split('\n')[0]}`);
  console.error(`[e2e] page URL: ${page.url()}`);
  try {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const shot = resolve(SCREENSHOT_DIR, 'plan-e2e-failure.png');
    await page.screenshot({ path: shot, fullPage: true });
    console.error(`[e2e] failure screenshot: ${shot}`);
  } catch {
    // The page may be gone; the message above is what matters.
  }
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
