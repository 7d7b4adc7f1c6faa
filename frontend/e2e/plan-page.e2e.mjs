// Browser test against a running server (it starts none), signed in as the commune officer of
// "UBND xã Bờ Y" through the sign-in page: first the officer's own start page (Bờ Y's tasks) and
// the plan page on a desktop screen, then the officer's phone (390×844): find the unit, read what
// it owes, open the plan; no page may be wider than the phone. Each ends by signing out through
// the header menu, after which the API answers 401.
// E2E_USERNAME and E2E_PASSWORD (required): a UNIT_OFFICER of Bờ Y.
// BASE_URL (default http://localhost:8080), SCREENSHOT_DIR (default target/screenshots),
// CHROMIUM_PATH (default /usr/bin/chromium), E2E_TIMEOUT_MS (default 60000 per step).
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

const BASE_URL = (process.env.BASE_URL || 'http://localhost:8080').replace(/\/+$/, '');
const SCREENSHOT_DIR = resolve(process.env.SCREENSHOT_DIR || 'target/screenshots');
const TIMEOUT = Number(process.env.E2E_TIMEOUT_MS || 60_000);
const UNIT_NAME = 'Phòng Giáo dục và Đào tạo';
const PHONE = { width: 390, height: 844 };
const COMMUNE = 'Ủy ban nhân dân xã Bờ Y';
const USERNAME = process.env.E2E_USERNAME;
const PASSWORD = process.env.E2E_PASSWORD;
// What the commune owes in the Ngọc Hồi plan (through the group "Ủy ban nhân dân các xã, thị trấn").
const COMMUNE_OBLIGATIONS = [
  { code: '1.a', role: 'IMPLEMENTING', timeframe: /^Hạn \d{2}\/\d{2}\/\d{4}$/ },
  { code: '1.b.1', role: 'COORDINATING', timeframe: /^Thường xuyên$/ },
  { code: '1.b.2', role: 'COORDINATING', timeframe: /^Thường xuyên$/ },
];

let step = 'start';
const log = (message) => console.log(`[e2e] ${message}`);

if (!USERNAME || !PASSWORD) {
  console.error('[e2e] FAILED: set E2E_USERNAME and E2E_PASSWORD (a unit officer of Bờ Y)');
  process.exit(1);
}

/**
 * Opens "/" signed out, which leads to the sign-in page; signs in there and checks that the
 * officer lands on their own unit's tasks (Bờ Y). `screenshot` names a picture of the filled form.
 */
async function signIn(page, { screenshot, phone = false }) {
  step = `${phone ? 'phone: ' : ''}open ${BASE_URL}/ signed out: the sign-in page`;
  log(step);
  await page.goto(`${BASE_URL}/`, { waitUntil: 'domcontentloaded', timeout: TIMEOUT * 2 });
  await page.waitForURL(/\/login(\?|$)/);
  await page.getByTestId('login-page').waitFor({ state: 'visible' });
  if (phone) await assertNoHorizontalOverflow(page, 'the sign-in page');

  step = `${phone ? 'phone: ' : ''}sign in as ${USERNAME}`;
  log(step);
  await page.getByLabel('Tên đăng nhập').fill(USERNAME);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  if (screenshot) {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const shot = resolve(SCREENSHOT_DIR, screenshot);
    await page.screenshot({ path: shot, fullPage: true });
    log(`screenshot ${shot}`);
  }
  await page.getByTestId('login-submit').click();

  step = `${phone ? 'phone: ' : ''}a unit officer lands on their own unit's tasks (Bờ Y)`;
  log(step);
  const refused = page.getByTestId('login-error');
  await page.getByTestId('unit-name').or(refused).first().waitFor({ state: 'visible' });
  if (await refused.isVisible())
    throw new Error(`sign-in refused: ${(await refused.innerText()).replace(/\s+/g, ' ')}`);
  await page.waitForURL(/\/units\/\d+$/);
  const unitName = (await page.getByTestId('unit-name').innerText()).trim();
  if (!/Bờ Y$/.test(unitName)) throw new Error(`landed on the tasks of "${unitName}", not Bờ Y`);
  await page.getByTestId('unit-obligations').waitFor({ state: 'visible' });
  await page.getByTestId('user-menu').waitFor({ state: 'visible' });
}

/** Signs out through the header menu; then the page is /login and the API answers 401. */
async function signOut(page, where) {
  step = `${where}: sign out through the header menu`;
  log(step);
  await page.getByTestId('user-menu').click();
  await page.getByTestId('menu-logout').click();
  await page.waitForURL(/\/login(\?|$)/);
  await page.getByTestId('login-page').waitFor({ state: 'visible' });

  step = `${where}: after signing out, GET /api/v1/me answers 401`;
  log(step);
  const status = await page.evaluate(async () => (await fetch('/api/v1/me')).status);
  if (status !== 401) throw new Error(`GET /api/v1/me answered ${status} after signing out`);
}

async function run(page) {
  await signIn(page, { screenshot: 'login.png' });

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

  await signOut(page, 'desktop');
}

/** Opens "/" and goes on to the Ngọc Hồi plan (straight there, or through the list of plans). */
async function openNgocHoiPlan(page) {
  await page.goto(`${BASE_URL}/`, { waitUntil: 'domcontentloaded', timeout: TIMEOUT * 2 });
  const heading = page.getByTestId('plan-heading');
  const planLinks = page.locator('[data-testid^="plan-link-"]');
  await heading.or(planLinks.first()).first().waitFor({ state: 'visible' });
  if (!(await heading.isVisible())) {
    const row = page.locator('li', { hasText: '21-CT/TW' }).first();
    await row.locator('[data-testid^="plan-link-"]').tap();
    await heading.waitFor({ state: 'visible' });
  }
  await page.getByTestId('task-tree').waitFor({ state: 'visible' });
}

/**
 * Fails when the page is wider than the phone. With mobile emulation an overflowing page does not
 * scroll sideways: Chromium widens the layout viewport to fit it (and zooms out), so
 * window.innerWidth must also still be the phone's width.
 */
async function assertNoHorizontalOverflow(page, where) {
  const { scrollWidth, innerWidth, culprits } = await page.evaluate((phoneWidth) => {
    const width = Math.min(phoneWidth, document.documentElement.clientWidth);
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5)
      .filter((el) => ![...el.children].some((c) => c.getBoundingClientRect().right > width + 0.5))
      .slice(0, 3)
      .map(
        (el) =>
          `<${el.tagName.toLowerCase()} class="${el.className}">${el.textContent.slice(0, 50)}`,
      );
    return {
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      culprits: wide,
    };
  }, PHONE.width);
  if (scrollWidth > innerWidth || innerWidth > PHONE.width)
    throw new Error(
      `${where} overflows sideways: scrollWidth ${scrollWidth}, innerWidth ${innerWidth}, ` +
        `phone ${PHONE.width}; widest: ${culprits.join(' | ') || 'see the failure screenshot'}`,
    );
  log(`${where}: no horizontal overflow (scrollWidth ${scrollWidth} <= ${innerWidth})`);
}

/** Scrolls the plan page to its filters and tasks, for the screenshot. */
async function showTasks(page) {
  await page.evaluate(() => document.querySelector('[data-testid="plan-tasks"]').scrollIntoView());
}

async function runPhone(page) {
  await signIn(page, { phone: true });
  await assertNoHorizontalOverflow(page, "the officer's start page");

  step = `phone: open ${BASE_URL}/units`;
  log(step);
  await page.goto(`${BASE_URL}/units`, { waitUntil: 'domcontentloaded', timeout: TIMEOUT * 2 });
  const search = page.getByTestId('unit-search').locator('input');
  await search.waitFor({ state: 'visible' });
  await page.getByTestId('unit-tree').waitFor({ state: 'visible' });
  await assertNoHorizontalOverflow(page, '/units');

  step = `phone: search "bo y" (no diacritics) and tap "${COMMUNE}"`;
  log(step);
  await search.tap();
  await page.keyboard.type('bo y', { delay: 30 });
  const tree = page.getByTestId('unit-tree');
  // The filtered tree keeps the commune and its parents only.
  await tree
    .getByRole('link', { name: 'Phòng Giáo dục và Đào tạo' })
    .waitFor({ state: 'detached' });
  await tree.getByRole('link', { name: COMMUNE, exact: true }).tap();
  await page.waitForURL(/\/units\/\d+$/);
  const unitName = await page.getByTestId('unit-name').innerText();
  if (unitName.trim() !== COMMUNE) throw new Error(`unexpected unit page: ${unitName}`);

  step = 'phone: the commune owes 1.a, 1.b.1 and 1.b.2, each with its role and timeframe';
  log(step);
  const obligations = page.getByTestId('unit-obligations');
  await obligations.waitFor({ state: 'visible' });
  for (const { code, role, timeframe } of COMMUNE_OBLIGATIONS) {
    const item = obligations.getByTestId(`obligation-${code}`).first();
    await item.waitFor({ state: 'visible' });
    const roleTag = item.getByTestId(`role-${role}`);
    if (!(await roleTag.isVisible())) throw new Error(`obligation ${code}: no ${role} role tag`);
    const badge = item.getByTestId('timeframe-badge');
    if (!(await badge.isVisible())) throw new Error(`obligation ${code}: no timeframe badge`);
    const badgeText = (await badge.innerText()).trim();
    if (!timeframe.test(badgeText))
      throw new Error(`obligation ${code}: timeframe badge "${badgeText}" is not ${timeframe}`);
    log(`  ${code}: ${(await roleTag.innerText()).trim()} | ${badgeText}`);
  }
  await assertNoHorizontalOverflow(page, 'the unit page');
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const shot = resolve(SCREENSHOT_DIR, 'unit-bo-y-phone.png');
  await page.screenshot({ path: shot, fullPage: true });
  log(`screenshot ${shot}`);

  step = 'phone: "view in plan" lists the same tasks, and the filter bar fits the screen';
  log(step);
  await page.locator('[data-testid^="view-in-plan-"]').first().tap();
  await page.waitForURL(/\/plans\/\d+\?(.*&)?unit=\d+/);
  const list = page.getByTestId('task-list');
  await list.waitFor({ state: 'visible' });
  await page.waitForFunction(
    () => !document.querySelector('[data-testid="task-list"][aria-busy="true"]'),
  );
  for (const { code } of COMMUNE_OBLIGATIONS)
    await list.getByTestId(`task-row-${code}`).waitFor({ state: 'visible' });
  await assertNoHorizontalOverflow(page, 'the plan page filtered by the commune');
  await showTasks(page);
  await page.screenshot({ path: resolve(SCREENSHOT_DIR, 'plan-filtered-bo-y-phone.png') });

  step = 'phone: the plan page (task tree) has no horizontal overflow; the filters wrap';
  log(step);
  await openNgocHoiPlan(page);
  await page.getByTestId('task-row-3.a.8').waitFor({ state: 'visible' });
  const boxes = [];
  for (const id of ['unit-filter', 'role-filter', 'timeframe-filter', 'search-input']) {
    const box = await page.getByTestId(id).first().boundingBox();
    if (!box) throw new Error(`filter ${id} is not shown`);
    if (box.x < 0 || box.x + box.width > PHONE.width + 0.5)
      throw new Error(`filter ${id} sticks out of the screen: x ${box.x}, width ${box.width}`);
    boxes.push(box);
  }
  if (new Set(boxes.map((b) => Math.round(b.y))).size < 2)
    throw new Error('the filter bar does not wrap: all filters are on one line');
  await assertNoHorizontalOverflow(page, 'the plan page');
  await showTasks(page);
  await page.screenshot({ path: resolve(SCREENSHOT_DIR, 'plan-phone.png') });

  await signOut(page, 'phone');
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

/** Runs one check in its own browser context; true when it passed. */
async function check(name, contextOptions, body, failureShot) {
  const context = await browser.newContext({ locale: 'vi-VN', ...contextOptions });
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  page.setDefaultNavigationTimeout(TIMEOUT * 2);
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  try {
    await body(page);
    if (pageErrors.length > 0) throw new Error(`errors in the page: ${pageErrors.join('; ')}`);
    log(`${name}: PASSED`);
    return true;
  } catch (error) {
    console.error(`[e2e] ${name}: FAILED at step "${step}": ${error.message.split('\n')[0]}`);
    console.error(`[e2e] page URL: ${page.url()}`);
    try {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      const shot = resolve(SCREENSHOT_DIR, failureShot);
      await page.screenshot({ path: shot, fullPage: true });
      console.error(`[e2e] failure screenshot: ${shot}`);
    } catch {
      // The page may be gone; the message above is what matters.
    }
    return false;
  } finally {
    await context.close().catch(() => {});
  }
}

let failed = false;
try {
  const desktop = await check(
    'desktop',
    { viewport: { width: 1280, height: 900 } },
    run,
    'plan-e2e-failure.png',
  );
  const phone = await check(
    'phone',
    { viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
    runPhone,
    'phone-e2e-failure.png',
  );
  failed = !desktop || !phone;
  log(failed ? 'FAILED' : 'PASSED');
} catch (error) {
  failed = true;
  console.error(`[e2e] FAILED: ${error.message.split('\n')[0]}`);
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
