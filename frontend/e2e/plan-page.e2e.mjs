// Browser test against a running server (it starts none), signed in as the commune officer of
// "UBND xã Pờ Y" through the sign-in page: first the officer's own start page (Pờ Y's tasks) and
// the plan page on a desktop screen, then the officer's phone (390×844): find the unit, read what
// it owes, open the plan; no page may be wider than the phone. Each ends by signing out through
// the header menu, after which the API answers 401. Last, on the desktop, the reporting cycle:
// the coordinator opens the annual period of 2029 on the seeded plan, the officer submits Pờ Y's
// report (results typed into the rich-text field, part in bold, and one figure), the coordinator
// reads it (results and figure shown) and returns it with a reason, the officer submits it again
// and the coordinator accepts it, then compiles the period's consolidated report and downloads it
// as a Word file into SCREENSHOT_DIR (each turn signs in and out through the UI). Still signed in,
// the coordinator opens the plan's "Chỉ tiêu" page, enters this year's figures of two communes
// through "Nhập số liệu" (Pờ Y 40/100, Đăk Ang 10/50) and checks the district's value (33,33 from
// 2/8 areas) in the table and that the chart is drawn. Then an administrator imports a plan from a
// text file (e2e/fixtures) naming one office no unit answers to: the draft shows the document beside
// its tree with the office flagged; the administrator creates it as a new unit, saves, confirms,
// and lands on the new plan's page with its tasks. Last, the administrator records an organisation
// change through the wizard: xã Sa Loong renamed from 01/01/2026 (its legal basis typed in), checks
// the preview's counts (1 unit closed, 1 opened, 1 group, no assignment block), applies it, finds
// it at the top of the changes list and in the renamed commune's lineage, then on a 375 px phone
// reads the changes, the wizard and the change's page without sideways scrolling.
// E2E_USERNAME and E2E_PASSWORD (required): a UNIT_OFFICER of Pờ Y.
// E2E_COORDINATOR_USERNAME and E2E_COORDINATOR_PASSWORD (required): a COORDINATOR of the seeded
// plan's coordinating office (Phòng LĐTBXH).
// E2E_ADMIN_USERNAME and E2E_ADMIN_PASSWORD (required): an administrator.
// BASE_URL (default http://localhost:8080), SCREENSHOT_DIR (default target/screenshots),
// CHROMIUM_PATH (default /usr/bin/chromium), E2E_TIMEOUT_MS (default 60000 per step).
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

const BASE_URL = (process.env.BASE_URL || 'http://localhost:8080').replace(/\/+$/, '');
const SCREENSHOT_DIR = resolve(process.env.SCREENSHOT_DIR || 'target/screenshots');
const TIMEOUT = Number(process.env.E2E_TIMEOUT_MS || 60_000);
const UNIT_NAME = 'Phòng Giáo dục và Đào tạo';
const PHONE = { width: 390, height: 844 };
const COMMUNE = 'Ủy ban nhân dân xã Pờ Y';
const USERNAME = process.env.E2E_USERNAME;
const PASSWORD = process.env.E2E_PASSWORD;
const COORDINATOR_USERNAME = process.env.E2E_COORDINATOR_USERNAME;
const COORDINATOR_PASSWORD = process.env.E2E_COORDINATOR_PASSWORD;
const ADMIN_USERNAME = process.env.E2E_ADMIN_USERNAME;
const ADMIN_PASSWORD = process.env.E2E_ADMIN_PASSWORD;
// What the commune owes in the Ngọc Hồi plan (through the group "Ủy ban nhân dân các xã, thị trấn").
const COMMUNE_OBLIGATIONS = [
  { code: '1.a', role: 'IMPLEMENTING', timeframe: /^Hạn \d{2}\/\d{2}\/\d{4}$/ },
  { code: '1.b.1', role: 'COORDINATING', timeframe: /^Thường xuyên$/ },
  { code: '1.b.2', role: 'COORDINATING', timeframe: /^Thường xuyên$/ },
];

let step = 'start';
const log = (message) => console.log(`[e2e] ${message}`);

if (!USERNAME || !PASSWORD) {
  console.error('[e2e] FAILED: set E2E_USERNAME and E2E_PASSWORD (a unit officer of Pờ Y)');
  process.exit(1);
}
if (!COORDINATOR_USERNAME || !COORDINATOR_PASSWORD) {
  console.error(
    '[e2e] FAILED: set E2E_COORDINATOR_USERNAME and E2E_COORDINATOR_PASSWORD ' +
      "(a coordinator of the seeded plan's coordinating office, Phòng LĐTBXH)",
  );
  process.exit(1);
}

if (!ADMIN_USERNAME || !ADMIN_PASSWORD) {
  console.error('[e2e] FAILED: set E2E_ADMIN_USERNAME and E2E_ADMIN_PASSWORD (an administrator)');
  process.exit(1);
}

/**
 * Opens "/" signed out, which leads to the sign-in page; signs in there and checks that the
 * officer lands on their own unit's tasks (Pờ Y), or with `coordinator` that the coordinator lands
 * on the plans (`admin` likewise for an administrator). `screenshot` names a picture of the filled form; `prefix` starts each step's name.
 */
async function signIn(
  page,
  {
    screenshot,
    phone = false,
    coordinator = false,
    admin = false,
    prefix = phone ? 'phone: ' : '',
  },
) {
  const username = admin ? ADMIN_USERNAME : coordinator ? COORDINATOR_USERNAME : USERNAME;
  const password = admin ? ADMIN_PASSWORD : coordinator ? COORDINATOR_PASSWORD : PASSWORD;
  step = `${prefix}open ${BASE_URL}/ signed out: the sign-in page`;
  log(step);
  await page.goto(`${BASE_URL}/`, { waitUntil: 'domcontentloaded', timeout: TIMEOUT * 2 });
  await page.waitForURL(/\/login(\?|$)/);
  await page.getByTestId('login-page').waitFor({ state: 'visible' });
  if (phone) await assertNoHorizontalOverflow(page, 'the sign-in page');

  step = `${prefix}sign in as ${username}${coordinator ? ' (coordinator)' : admin ? ' (admin)' : ''}`;
  log(step);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  if (screenshot) {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const shot = resolve(SCREENSHOT_DIR, screenshot);
    await page.screenshot({ path: shot, fullPage: true });
    log(`screenshot ${shot}`);
  }
  await page.getByTestId('login-submit').click();
  const refused = page.getByTestId('login-error');

  if (coordinator || admin) {
    step = `${prefix}the coordinator or administrator lands on the plans (a plan's page or the list of plans)`;
    log(step);
    await page
      .getByTestId('plan-heading')
      .or(page.locator('[data-testid^="plan-link-"]').first())
      .or(refused)
      .first()
      .waitFor({ state: 'visible' });
    if (await refused.isVisible())
      throw new Error(`sign-in refused: ${(await refused.innerText()).replace(/\s+/g, ' ')}`);
    await page.getByTestId('user-menu').waitFor({ state: 'visible' });
    return;
  }

  step = `${prefix}a unit officer lands on their own unit's tasks (Pờ Y)`;
  log(step);
  await page.getByTestId('unit-name').or(refused).first().waitFor({ state: 'visible' });
  if (await refused.isVisible())
    throw new Error(`sign-in refused: ${(await refused.innerText()).replace(/\s+/g, ' ')}`);
  await page.waitForURL(/\/units\/\d+$/);
  const unitName = (await page.getByTestId('unit-name').innerText()).trim();
  if (!/Pờ Y$/.test(unitName)) throw new Error(`landed on the tasks of "${unitName}", not Pờ Y`);
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
async function assertNoHorizontalOverflow(page, where, phoneWidth = PHONE.width) {
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
  }, phoneWidth);
  if (scrollWidth > innerWidth || innerWidth > phoneWidth)
    throw new Error(
      `${where} overflows sideways: scrollWidth ${scrollWidth}, innerWidth ${innerWidth}, ` +
        `phone ${phoneWidth}; widest: ${culprits.join(' | ') || 'see the failure screenshot'}`,
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

  step = `phone: search "po y" (no diacritics) and tap "${COMMUNE}"`;
  log(step);
  await search.tap();
  await page.keyboard.type('po y', { delay: 30 });
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

// The reporting cycle on the seeded plan (coordinated by Phòng LĐTBXH). The annual period of 2029,
// so as not to clash with periods other tests open (a second period with the same title is 409).
const SEEDED_PLAN_TITLE = 'Triển khai thực hiện Kế hoạch số 135-KH/HU';
const PERIOD_YEAR = 2029;
const PERIOD_TITLE = `Báo cáo năm ${PERIOD_YEAR}`;
const RETURN_REASON = 'Bổ sung số liệu học viên';
// Typed into the rich-text results in three parts, the middle one in bold.
const RESULTS_PARTS = ['Đã mở ', '2 lớp sơ cấp nghề', ' cho 60 học viên (kiểm thử tự động).'];
const RESULTS_TEXT = RESULTS_PARTS.join('');
// One figure ("Số liệu") of the entry; the value is shown the Vietnamese way.
const FIGURE = {
  label: 'Số lao động được đào tạo nghề',
  value: '1250',
  shown: '1.250',
  unit: 'người',
};
// The labels of src/lib/i18n/vi.ts.
const VI = {
  done: 'Đã hoàn thành',
  draft: 'Chưa nộp',
  submitted: 'Đã nộp',
  returned: 'Bị trả lại',
  accepted: 'Đã tiếp nhận',
};
const BO_Y = /Pờ Y$/;

/** Waits for `locator`; when it does not come, fails with `message` instead of a bare timeout. */
async function expectVisible(locator, message) {
  try {
    await locator.waitFor({ state: 'visible' });
  } catch (error) {
    throw new Error(`${message} (${error.message.split('\n')[0]})`);
  }
}

/** Waits for `success`; an error alert on the page (a refused request) fails with its text. */
async function expectOutcome(page, success, message) {
  const problem = page.getByTestId('error-alert').first();
  await expectVisible(success.or(problem).first(), message);
  if (!(await success.first().isVisible()) && (await problem.isVisible()))
    throw new Error(
      `${message}: the server refused: ${(await problem.innerText()).replace(/\s+/g, ' ')}`,
    );
}

/** Clicks the OK button (`okLabel`) of the Popconfirm that is open. */
async function confirmPopup(page, okLabel) {
  const popup = page.locator('.ant-popconfirm').filter({ visible: true });
  await expectVisible(popup, `no confirmation popup for "${okLabel}"`);
  const ok = popup.getByRole('button', { name: okLabel, exact: true });
  await ok.click();
  // A click landing while the popup still zooms in can miss; the popup then stays open, and its
  // action has not started (a started one keeps the button loading, which ignores a second click).
  const closed = await popup
    .waitFor({ state: 'hidden', timeout: 10_000 })
    .then(() => true)
    .catch(() => false);
  if (!closed) await ok.click();
}

/** Submits a dialog's form and waits for it to close; a field or server error fails. */
async function submitDialog(dialog, submit, what) {
  const problem = dialog
    .locator('[data-testid="error-alert"], .ant-form-item-explain-error')
    .filter({ visible: true })
    .first();
  await submit.click();
  const message = await Promise.race([
    dialog.waitFor({ state: 'hidden' }).then(() => null),
    problem.waitFor({ state: 'visible' }).then(async () => problem.innerText()),
  ]);
  if (message) throw new Error(`${what} was refused: ${message.replace(/\s+/g, ' ')}`);
}

async function saveScreenshot(page, name) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const shot = resolve(SCREENSHOT_DIR, name);
  await page.screenshot({ path: shot, fullPage: true });
  log(`screenshot ${shot}`);
}

/** From "/", the seeded plan's page (straight there, or through the list of plans). */
async function openSeededPlan(page, who) {
  step = `cycle (${who}): open the plan "${SEEDED_PLAN_TITLE}…"`;
  log(step);
  await page.goto(`${BASE_URL}/`, { waitUntil: 'domcontentloaded', timeout: TIMEOUT * 2 });
  const heading = page.getByTestId('plan-heading');
  await heading
    .or(page.locator('[data-testid^="plan-link-"]').first())
    .first()
    .waitFor({ state: 'visible' });
  if (!(await heading.isVisible())) {
    const row = page.locator('li').filter({ hasText: SEEDED_PLAN_TITLE }).first();
    if ((await row.count()) === 0)
      throw new Error(`the list of plans has no plan titled "${SEEDED_PLAN_TITLE}…"`);
    await row.locator('[data-testid^="plan-link-"]').first().click();
    await heading.waitFor({ state: 'visible' });
  }
  const title = (await page.getByTestId('plan-title').innerText()).replace(/\s+/g, ' ').trim();
  if (!title.includes(SEEDED_PLAN_TITLE))
    throw new Error(`opened the plan "${title}", not "${SEEDED_PLAN_TITLE}…"`);
  await page.getByTestId('plan-periods').waitFor({ state: 'visible' });
}

/** The plan page's link to the period, once the "Kỳ báo cáo" card has loaded. */
async function periodLinkOnPlan(page) {
  const card = page.getByTestId('plan-periods');
  const list = card.getByTestId('period-list');
  const problem = card.getByTestId('error-alert');
  await list
    .or(card.getByText('Chưa có kỳ báo cáo nào'))
    .or(problem)
    .first()
    .waitFor({ state: 'visible' });
  if (await problem.isVisible())
    throw new Error(
      `"Kỳ báo cáo" did not load: ${(await problem.innerText()).replace(/\s+/g, ' ')}`,
    );
  return list.getByRole('link', { name: PERIOD_TITLE, exact: true });
}

/** From the seeded plan's page, the period's page; returns Pờ Y's row of "Báo cáo của các đơn vị". */
async function openPeriod(page, who) {
  await openSeededPlan(page, who);
  step = `cycle (${who}): open "${PERIOD_TITLE}" from the plan's "Kỳ báo cáo"`;
  log(step);
  const link = await periodLinkOnPlan(page);
  await expectVisible(link, `the plan lists no period "${PERIOD_TITLE}"`);
  await link.click();
  await page.waitForURL(/\/periods\/\d+$/);
  const title = page.getByTestId('period-title');
  await title.waitFor({ state: 'visible' });
  if ((await title.innerText()).trim() !== PERIOD_TITLE)
    throw new Error(
      `opened the period "${(await title.innerText()).trim()}", not "${PERIOD_TITLE}"`,
    );

  step = `cycle (${who}): Pờ Y's report is listed in the period`;
  log(step);
  const row = page
    .locator('[data-testid^="report-row-"]')
    .filter({ has: page.getByRole('link', { name: BO_Y }) });
  await expectVisible(row, `the period "${PERIOD_TITLE}" lists no report of Pờ Y`);
  return row;
}

/** Fails unless the row's status tag reads `label` (waits for the table to refresh). */
async function expectRowStatus(page, row, label) {
  await expectOutcome(
    page,
    row.getByTestId('report-status').filter({ hasText: new RegExp(`^${label}$`) }),
    `Pờ Y's report does not show the status "${label}"`,
  );
}

/** The officer's start page lists Pờ Y's report of the period under "Báo cáo phải nộp"; opens it. */
async function openOwedReport(page, expectedStatus) {
  step = `cycle (officer): "Báo cáo phải nộp" lists "${PERIOD_TITLE}" (${expectedStatus}); open it`;
  log(step);
  const section = page.getByTestId('owed-section');
  await expectVisible(section, 'the unit page has no "Báo cáo phải nộp"');
  if (!(await section.getByRole('heading', { name: 'Báo cáo phải nộp' }).isVisible()))
    throw new Error('the section has no heading "Báo cáo phải nộp"');
  const link = section.getByRole('link', { name: PERIOD_TITLE, exact: true });
  const item = section.locator('[data-testid^="owed-report-"]').filter({
    has: page.getByRole('link', { name: PERIOD_TITLE, exact: true }),
  });
  await expectVisible(item, `"Báo cáo phải nộp" lists no report for "${PERIOD_TITLE}"`);
  const status = (await item.getByTestId('report-status').innerText()).trim();
  if (status !== expectedStatus)
    throw new Error(`the owed report shows the status "${status}", not "${expectedStatus}"`);
  await link.click();
  await page.waitForURL(/\/reports\/\d+$/);
  const period = page.getByTestId('report-period');
  await period.waitFor({ state: 'visible' });
  if ((await period.innerText()).trim() !== PERIOD_TITLE)
    throw new Error(`opened a report of "${(await period.innerText()).trim()}"`);
  const unit = (await page.getByTestId('report-unit').innerText()).trim();
  if (!BO_Y.test(unit)) throw new Error(`opened "${unit}", not Pờ Y's report`);
  await expectVisible(page.getByTestId('report-form'), 'the officer is given no report form');
}

/** "Nộp báo cáo", confirmed; then the report shows "Đã nộp" and is read only. */
async function submitReport(page) {
  step = 'cycle (officer): "Nộp báo cáo" and confirm';
  log(step);
  await page.getByRole('button', { name: 'Nộp báo cáo', exact: true }).click();
  await confirmPopup(page, 'Nộp báo cáo');

  step = `cycle (officer): the report shows "${VI.submitted}"`;
  log(step);
  await expectOutcome(
    page,
    page.getByTestId('report-status').filter({ hasText: new RegExp(`^${VI.submitted}$`) }),
    `the report does not show "${VI.submitted}" after submitting`,
  );
  await page.getByTestId('report-form').waitFor({ state: 'detached' });
}

/**
 * From the period's page, "Báo cáo tổng hợp": compiles the draft, then "Tải DOCX" must download a
 * non-empty Word file (a ZIP, so it starts with "PK"), kept in SCREENSHOT_DIR.
 */
async function downloadConsolidated(page) {
  step = 'cycle (coordinator): open "Báo cáo tổng hợp" from the period page';
  log(step);
  // By test id: the button's icon is part of its accessible name.
  const open = page.getByTestId('period-consolidated');
  await expectVisible(open, 'the period page has no "Báo cáo tổng hợp" button');
  await open.click();
  await page.waitForURL(/\/periods\/\d+\/consolidated$/);

  step = 'cycle (coordinator): "Tổng hợp báo cáo" compiles the draft';
  log(step);
  const compile = page.getByTestId('compile-consolidated');
  await expectVisible(
    compile,
    'no "Tổng hợp báo cáo" button: is the report compiled already, or the user not a coordinator?',
  );
  await compile.click();
  await expectOutcome(
    page,
    page.getByTestId('consolidated-editor'),
    "the consolidated report's editor did not appear after compiling",
  );
  await saveScreenshot(page, 'consolidated-draft.png');

  step = 'cycle (coordinator): "Tải DOCX" downloads the draft as a Word file';
  log(step);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click('[data-testid="download-docx"]'),
  ]);
  const failure = await download.failure();
  if (failure) throw new Error(`the download failed: ${failure}`);
  const name = download.suggestedFilename();
  if (!name.endsWith('.docx')) throw new Error(`the download is named "${name}", not "*.docx"`);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = resolve(SCREENSHOT_DIR, name);
  await download.saveAs(file);
  const bytes = readFileSync(file);
  if (bytes.length === 0) throw new Error(`the downloaded "${name}" is empty`);
  if (bytes.subarray(0, 2).toString('latin1') !== 'PK')
    throw new Error(`the downloaded "${name}" is not a Word file (no ZIP signature "PK")`);
  log(`downloaded ${file} (${bytes.length} bytes)`);
}

/**
 * Types RESULTS_TEXT into the entry's rich-text "Kết quả thực hiện" with the keyboard, its middle
 * part in bold through the toolbar's "In đậm".
 */
async function fillResults(page, entry) {
  step = 'cycle (officer): type the results in the rich-text field, part of them in bold';
  log(step);
  const results = entry.getByTestId('entry-results');
  await expectVisible(results, 'the entry has no rich-text "Kết quả thực hiện"');
  const name = await results.getAttribute('aria-label');
  if (!name?.startsWith('Kết quả thực hiện'))
    throw new Error(`the results field is named "${name}", not "Kết quả thực hiện – …"`);
  const bold = entry.getByTestId('rich-text-bold');
  await results.click();
  await page.keyboard.type(RESULTS_PARTS[0]);
  await bold.click();
  await page.keyboard.type(RESULTS_PARTS[1]);
  await bold.click();
  await page.keyboard.type(RESULTS_PARTS[2]);
  const typed = (await results.innerText()).trim();
  if (typed !== RESULTS_TEXT) throw new Error(`the results read "${typed}", not "${RESULTS_TEXT}"`);
  const strong = (await results.locator('strong').allInnerTexts()).join('').trim();
  if (strong !== RESULTS_PARTS[1].trim())
    throw new Error(`the bold part reads "${strong}", not "${RESULTS_PARTS[1].trim()}"`);
}

/** "Thêm số liệu": one row of label, value and unit. */
async function addFigure(entry) {
  step = `cycle (officer): add the figure "${FIGURE.label}: ${FIGURE.value} ${FIGURE.unit}"`;
  log(step);
  const add = entry.getByTestId('add-figure');
  await expectVisible(add, 'the entry has no "Thêm số liệu" button');
  await add.click();
  const row = entry.getByTestId('figure-row').last();
  await expectVisible(row, 'no figure row appeared after "Thêm số liệu"');
  await row.getByRole('textbox', { name: 'Tên số liệu', exact: true }).fill(FIGURE.label);
  await row.getByRole('spinbutton', { name: 'Giá trị', exact: true }).fill(FIGURE.value);
  await row.getByRole('textbox', { name: 'Đơn vị tính', exact: true }).fill(FIGURE.unit);
}

/**
 * From the period's page, opens Pờ Y's report: the entry `entryId` must show the results (the
 * bold part in bold, read only) and the figure; then back to the period's page.
 */
async function checkSubmittedEntry(page, row, entryId) {
  step = "cycle (coordinator): open Pờ Y's report: the results and the figure are shown";
  log(step);
  await row.getByRole('link', { name: BO_Y }).click();
  await page.waitForURL(/\/reports\/\d+$/);
  const entry = page.getByTestId(entryId);
  await expectVisible(entry, `the report shows no entry "${entryId}"`);
  const results = entry.getByTestId('entry-results');
  await expectVisible(results, 'the entry shows no results');
  const text = (await results.innerText()).trim();
  if (text !== RESULTS_TEXT) throw new Error(`the results read "${text}", not "${RESULTS_TEXT}"`);
  if ((await results.getAttribute('contenteditable')) !== 'false')
    throw new Error("the results can be edited on the coordinator's view");
  const strong = (await results.locator('strong').allInnerTexts()).join('').trim();
  if (strong !== RESULTS_PARTS[1].trim())
    throw new Error(`the bold part reads "${strong}", not "${RESULTS_PARTS[1].trim()}"`);
  const figure = entry
    .getByTestId('entry-figures')
    .getByTestId('entry-figure')
    .filter({ hasText: FIGURE.label });
  await expectVisible(figure, `the entry shows no figure "${FIGURE.label}"`);
  const shown = (await figure.innerText()).replace(/\s+/g, ' ').trim();
  if (!shown.includes(`${FIGURE.shown} ${FIGURE.unit}`))
    throw new Error(`the figure reads "${shown}", not "… ${FIGURE.shown} ${FIGURE.unit}"`);
  await saveScreenshot(page, 'report-review.png');
  await page.goBack();
  await page.getByTestId('period-title').waitFor({ state: 'visible' });
}

// The coordinator's figures for the first indicator, this year: 50/150 = 33,33 % from 2 of 8 areas.
const INDICATOR_YEAR = new Date().getFullYear();
const INDICATOR_FIGURES = [
  { area: /xã Pờ Y/, name: 'Pờ Y', numerator: '40', denominator: '100' },
  { area: /xã Đăk Ang/, name: 'Đăk Ang', numerator: '10', denominator: '50' },
];
const DISTRICT_VALUE = '33,33';
const DISTRICT_COMPLETENESS = '2/8';

/**
 * From the plan page, "Theo dõi chỉ tiêu": the first indicator's areas compared in this year;
 * "Nhập số liệu" for two communes; then the yearly table shows the district's value with how many
 * areas it rests on, and the chart's SVG is drawn.
 */
async function measureIndicators(page) {
  await openSeededPlan(page, 'coordinator');
  step = 'indicators (coordinator): open "Theo dõi chỉ tiêu" from the plan\'s targets';
  log(step);
  const link = page.getByTestId('plan-indicators-link');
  await expectVisible(link, 'the plan page has no link to its indicators');
  await link.click();
  await page.waitForURL(/\/plans\/\d+\/indicators/);
  await expectVisible(page.getByTestId('indicators-heading'), 'the indicators page did not open');
  const panel = page.locator('[data-testid^="indicator-"]').filter({
    has: page.getByTestId('indicator-name'),
  });
  await expectOutcome(page, panel.first(), 'the plan has no indicator to measure');
  const comparison = page.locator('[data-testid^="comparison-"]').filter({
    has: page.getByTestId('comparison-year'),
  });
  await expectVisible(comparison, 'the indicator shows no comparison of the areas');

  step = `indicators (coordinator): compare the areas in ${INDICATOR_YEAR}`;
  log(step);
  const yearPicker = comparison.getByTestId('comparison-year');
  if ((await yearPicker.innerText()).trim() !== String(INDICATOR_YEAR)) {
    await yearPicker.click();
    const option = page
      .locator(`.ant-select-item-option[title="${INDICATOR_YEAR}"]`)
      .filter({ visible: true });
    await expectVisible(option, `the year picker offers no ${INDICATOR_YEAR}`);
    await option.click();
  }

  for (const figures of INDICATOR_FIGURES) {
    step = `indicators (coordinator): "Nhập số liệu" for ${figures.name}: ${figures.numerator}/${figures.denominator}`;
    log(step);
    const row = comparison.locator('[data-testid^="area-row-"]').filter({ hasText: figures.area });
    await expectVisible(row, `the comparison lists no ${figures.name}`);
    await row.locator('[data-testid^="enter-values-"]').click();
    const dialog = page.getByRole('dialog').filter({ has: page.getByTestId('value-form') });
    await expectVisible(dialog, `the data-entry form for ${figures.name} did not open`);
    const numerator = dialog.getByRole('spinbutton', { name: 'Tử số', exact: true });
    const denominator = dialog.getByRole('spinbutton', { name: 'Mẫu số', exact: true });
    await numerator.fill(figures.numerator);
    await denominator.fill(figures.denominator);
    await submitDialog(
      dialog,
      dialog.getByTestId('value-submit'),
      `the figures of ${figures.name}`,
    );
    await expectVisible(
      row.getByTestId('area-value'),
      `${figures.name} shows no value after saving its figures`,
    );
  }

  step = `indicators (coordinator): ${INDICATOR_YEAR} reads ${DISTRICT_VALUE} from ${DISTRICT_COMPLETENESS} areas`;
  log(step);
  const yearRow = panel.first().getByTestId(`series-row-${INDICATOR_YEAR}`);
  await expectVisible(yearRow, `the yearly table has no row for ${INDICATOR_YEAR}`);
  await expectOutcome(
    page,
    yearRow.getByTestId('series-value').filter({ hasText: new RegExp(`^${DISTRICT_VALUE}$`) }),
    `the table does not show ${DISTRICT_VALUE} for ${INDICATOR_YEAR}`,
  );
  const completeness = (await yearRow.getByTestId('completeness').innerText()).trim();
  if (!completeness.includes(DISTRICT_COMPLETENESS))
    throw new Error(
      `the ${INDICATOR_YEAR} row reads "${completeness}", not "${DISTRICT_COMPLETENESS} …"`,
    );

  step = "indicators (coordinator): the chart's SVG is drawn";
  log(step);
  const chart = panel.first().locator('[data-testid^="indicator-chart-"]');
  await expectVisible(chart.locator('svg.recharts-surface').first(), 'the chart was not drawn');
  await saveScreenshot(page, 'indicators.png');
}

async function runCycle(page) {
  // 1. The coordinator opens the annual period.
  await signIn(page, { coordinator: true, prefix: 'cycle (coordinator): ' });
  await openSeededPlan(page, 'coordinator');
  step = `cycle (coordinator): no period "${PERIOD_TITLE}" yet`;
  log(step);
  const link = await periodLinkOnPlan(page);
  if ((await link.count()) > 0)
    throw new Error(
      `the plan already has a period "${PERIOD_TITLE}": opening it again is refused (409); ` +
        'run against fresh data',
    );

  step = `cycle (coordinator): "Mở kỳ báo cáo": annual, year ${PERIOD_YEAR}`;
  log(step);
  const open = page.getByTestId('plan-periods').getByRole('button', { name: 'Mở kỳ báo cáo' });
  await expectVisible(open, 'no "Mở kỳ báo cáo" button: is the user a coordinator of this plan?');
  await open.click();
  const dialog = page.getByRole('dialog').filter({ has: page.getByTestId('open-period-submit') });
  await expectVisible(dialog, 'the "Mở kỳ báo cáo" dialog did not open');
  await dialog.getByText('Hằng năm', { exact: true }).click();
  await dialog.getByLabel('Năm', { exact: true }).fill(String(PERIOD_YEAR));
  await submitDialog(dialog, dialog.getByTestId('open-period-submit'), 'opening the period');

  step = `cycle (coordinator): "${PERIOD_TITLE}" is listed under "Kỳ báo cáo"`;
  log(step);
  await expectVisible(link, `"Kỳ báo cáo" does not list "${PERIOD_TITLE}" after opening it`);
  await signOut(page, 'cycle (coordinator)');

  // 2. The officer fills in and submits Pờ Y's report.
  await signIn(page, { prefix: 'cycle (officer): ' });
  await openOwedReport(page, VI.draft);
  step = `cycle (officer): the first entry: progress "${VI.done}" and its results`;
  log(step);
  const entry = page.getByTestId('report-form').locator('.ant-card').first();
  await expectVisible(entry, 'the report has no entries to fill in');
  log(`  ${await entry.getAttribute('data-testid')}`);
  await entry.locator('.ant-select').first().click();
  const option = page
    .locator('.ant-select-item-option')
    .filter({ hasText: new RegExp(`^${VI.done}$`) })
    .filter({ visible: true });
  await expectVisible(option, `the progress list has no "${VI.done}"`);
  await option.click();
  const chosen = (await entry.locator('.ant-select').first().innerText()).trim();
  if (chosen !== VI.done) throw new Error(`the progress shows "${chosen}", not "${VI.done}"`);
  const entryId = await entry.getAttribute('data-testid');
  await fillResults(page, entry);
  await addFigure(entry);
  await submitReport(page);
  const progress = (await page.getByTestId('entry-progress').first().innerText()).trim();
  if (progress !== VI.done)
    throw new Error(`the submitted first entry shows "${progress}", not "${VI.done}"`);
  await saveScreenshot(page, 'report-submitted.png');
  await signOut(page, 'cycle (officer)');

  // 3. The coordinator reads it and returns it with a reason.
  await signIn(page, { coordinator: true, prefix: 'cycle (coordinator): ' });
  let row = await openPeriod(page, 'coordinator');
  await expectRowStatus(page, row, VI.submitted);
  await checkSubmittedEntry(page, row, entryId);
  await expectRowStatus(page, row, VI.submitted);
  step = `cycle (coordinator): return Pờ Y's report: "${RETURN_REASON}"`;
  log(step);
  await row.getByRole('button', { name: 'Trả lại', exact: true }).click();
  const returnDialog = page.getByRole('dialog').filter({ has: page.getByTestId('return-submit') });
  await expectVisible(returnDialog, 'the "Trả lại" dialog did not open');
  await returnDialog.getByLabel('Lý do trả lại').fill(RETURN_REASON);
  await submitDialog(returnDialog, returnDialog.getByTestId('return-submit'), 'returning');
  await expectRowStatus(page, row, VI.returned);
  await signOut(page, 'cycle (coordinator)');

  // 4. The officer reads the reason and submits again.
  await signIn(page, { prefix: 'cycle (officer): ' });
  await openOwedReport(page, VI.returned);
  step = `cycle (officer): the report shows the reason "${RETURN_REASON}"`;
  log(step);
  const reason = page.getByTestId('return-reason-text');
  await expectVisible(reason, 'the returned report shows no reason');
  if ((await reason.innerText()).trim() !== RETURN_REASON)
    throw new Error(`the reason reads "${(await reason.innerText()).trim()}"`);
  await submitReport(page);
  await signOut(page, 'cycle (officer)');

  // 5. The coordinator accepts it.
  await signIn(page, { coordinator: true, prefix: 'cycle (coordinator): ' });
  row = await openPeriod(page, 'coordinator');
  await expectRowStatus(page, row, VI.submitted);
  step = "cycle (coordinator): accept Pờ Y's report and confirm";
  log(step);
  await row.getByRole('button', { name: 'Tiếp nhận', exact: true }).click();
  await confirmPopup(page, 'Tiếp nhận');
  step = `cycle (coordinator): Pờ Y's report shows "${VI.accepted}"`;
  log(step);
  await expectRowStatus(page, row, VI.accepted);
  await saveScreenshot(page, 'period-accepted.png');

  // 6. The coordinator compiles the consolidated report and downloads it.
  await downloadConsolidated(page);

  // 7. The coordinator measures a target: figures of two communes, the district's value and chart.
  await measureIndicators(page);
  await signOut(page, 'cycle (coordinator)');
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

const IMPORT_FIXTURE = new URL('./fixtures/ke-hoach-dao-tao-nghe.txt', import.meta.url);

/**
 * The administrator imports a plan from a .txt naming an office no unit answers to, creates that
 * office on the review page, saves and confirms; the new plan opens with its tasks. The number and
 * the office are new on every run, as the database may outlive a run.
 */
async function runImport(page) {
  const run = Date.now().toString(36);
  const office = `Phòng Kiểm định ${run.replace(/[0-9]/g, (d) => 'abcdefghij'[Number(d)])}`;
  const text = readFileSync(IMPORT_FIXTURE, 'utf8')
    .replace('{NUMBER}', String(Date.now() % 1_000_000))
    .replace('{OFFICE}', office);
  await signIn(page, { admin: true, prefix: 'import: ' });

  step = 'import: from the plans list, "Nhập từ văn bản" opens the import page';
  log(step);
  await page.goto(`${BASE_URL}/plans`);
  await page.getByTestId('plans-import').click();
  await page.waitForURL(/\/plan-imports\/new$/);

  step = 'import: upload the .txt; the review page shows the document beside its draft';
  log(step);
  await page.getByTestId('import-file').setInputFiles({
    name: 'ke-hoach-dao-tao-nghe.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(text, 'utf8'),
  });
  await page.getByTestId('import-upload').click();
  await page.waitForURL(/\/plan-imports\/\d+$/);
  await expectVisible(page.getByTestId('import-source'), 'the document text is not shown');
  const source = await page.getByTestId('import-source').innerText();
  if (!source.includes('1.2. Mở lớp đào tạo nghề'))
    throw new Error('the document text beside the draft is not the uploaded one');
  await expectVisible(
    page.getByTestId('import-tasks').getByText('Mở 10 lớp sơ cấp nghề nông nghiệp'),
    'the task tree does not show the actions of 1.2',
  );

  step = `import: "${office}" is flagged as an unknown unit, and confirming is not possible yet`;
  log(step);
  const card = page.locator('[data-testid^="import-unit-"]').filter({ hasText: office });
  await expectVisible(card, `"${office}" is not flagged as an unknown unit`);
  if ((await card.getAttribute('data-resolved')) !== 'false')
    throw new Error('the unknown office is shown as decided already');
  if (await page.getByTestId('import-confirm').isEnabled())
    throw new Error('confirm is enabled while a unit is undecided');
  const key = (await card.getAttribute('data-testid')).slice('import-unit-'.length);

  step = 'import: create the office as a new unit, save; nothing is left to fix';
  log(step);
  await page.getByTestId(`unit-create-${key}`).click();
  await page.getByTestId('import-save').click();
  await expectVisible(
    page.locator(`[data-testid="import-unit-${key}"][data-resolved="true"]`),
    'the office is not shown as decided after saving',
  );
  await expectVisible(
    page.locator('[data-testid="import-summary"][data-problems="0"]'),
    'problems remain after saving',
  );
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({
    path: resolve(SCREENSHOT_DIR, 'plan-import-review.png'),
    fullPage: true,
  });

  step = 'import: confirm; the new plan opens with its tasks';
  log(step);
  await page.getByTestId('import-confirm').click();
  await page.waitForURL(/\/plans\/\d+(\?|$)/);
  await expectVisible(page.getByTestId('plan-title'), 'the new plan page has no title');
  const title = await page.getByTestId('plan-title').innerText();
  if (!title.includes('Đào tạo nghề cho lao động nông thôn năm 2024'))
    throw new Error(`the plan page shows "${title}", not the imported plan`);
  await expectVisible(
    page.getByText('Giới thiệu việc làm sau đào tạo').first(),
    "the new plan does not list the document's tasks",
  );
}

// The organisation change the administrator records: a rename of a commune nothing else renames.
const RENAMED = 'Ủy ban nhân dân xã Sa Loong';
const RENAMED_TO = 'Ủy ban nhân dân xã Sa Loong Mới';
const ORG_PHONE = { width: 375, height: 812 };

/** Types a dd/MM/yyyy date into the date picker inside the element with `testId`. */
async function typeDate(page, testId, date) {
  const input = page.getByTestId(testId).locator('input');
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

/** The count a preview card shows (its data-count). */
async function previewCount(page, key) {
  return Number(await page.getByTestId(`preview-${key}`).getAttribute('data-count'));
}

async function runOrgChange(page) {
  await signIn(page, { admin: true, prefix: 'org change: ' });

  step =
    'org change: the navigation opens "Thay đổi tổ chức"; "Ghi nhận thay đổi" opens the wizard';
  log(step);
  await page.getByTestId('nav-org-changes').click();
  await page.waitForURL(/\/org-changes$/);
  await expectVisible(
    page.getByTestId('org-change-record'),
    'the administrator is not offered recording',
  );
  await page.getByTestId('org-change-record').click();
  await page.waitForURL(/\/org-changes\/new$/);
  await expectVisible(page.getByTestId('org-change-form'), 'the wizard has no form');

  step = `org change: a rename of "${RENAMED}" from 01/01/2026 with its legal basis`;
  log(step);
  await typeDate(page, 'org-change-effective', '01/01/2026');
  await page.getByLabel('Loại văn bản').fill('NQ');
  await page.keyboard.press('Escape');
  await page.getByLabel('Số, ký hiệu').fill('1677/NQ-UBTVQH15');
  await typeDate(page, 'org-change-issue-date', '16/06/2025');
  await page.getByLabel('Cơ quan ban hành').fill('Ủy ban Thường vụ Quốc hội');
  const predecessor = page.getByTestId('predecessor-0').getByRole('combobox');
  await predecessor.click();
  await predecessor.fill('sa loong');
  await page.locator(`.ant-select-item-option[title="${RENAMED}"]`).click();
  await page.getByTestId('new-unit-name-0').fill(RENAMED_TO);
  await page.getByTestId('new-unit-short-0').fill('UBND xã Sa Loong Mới');

  step = 'org change: the preview counts 1 unit closed, 1 opened, 1 group, no assignment block';
  log(step);
  await page.getByTestId('org-change-preview-submit').click();
  await expectOutcome(page, page.getByTestId('org-change-preview'), 'no preview');
  const counts = {
    closing: await previewCount(page, 'closing'),
    opening: await previewCount(page, 'opening'),
    groups: await previewCount(page, 'groups'),
    assignments: await previewCount(page, 'assignments'),
  };
  log(`org change: preview counts ${JSON.stringify(counts)}`);
  const expected = { closing: 1, opening: 1, groups: 1, assignments: 0 };
  if (JSON.stringify(counts) !== JSON.stringify(expected))
    throw new Error(
      `the preview counts ${JSON.stringify(counts)}, not ${JSON.stringify(expected)}`,
    );
  const after = await page.getByTestId('preview-after').innerText();
  if (!after.includes(RENAMED_TO)) throw new Error(`the preview's "after" is "${after}"`);
  await saveScreenshot(page, 'org-change-preview.png');

  step = 'org change: apply, confirm; the result names the change';
  log(step);
  await page.getByTestId('org-change-apply').click();
  await confirmPopup(page, 'Áp dụng thay đổi');
  await expectOutcome(page, page.getByTestId('org-change-applied'), 'the change was not applied');
  const result = await page.getByTestId('org-change-applied').innerText();
  if (!result.includes('Đổi tên – hiệu lực từ 01/01/2026') || !result.includes(RENAMED_TO))
    throw new Error(`the result says "${result.replace(/\s+/g, ' ')}"`);

  step = 'org change: the list shows it first, with its date, kind, basis and units';
  log(step);
  await page.getByTestId('org-change-to-list').click();
  await page.waitForURL(/\/org-changes$/);
  const first = page.getByTestId('org-change-list').locator('li').first();
  await expectVisible(first, 'the list of changes is empty');
  const row = (await first.innerText()).replace(/\s+/g, ' ');
  for (const part of [
    '01/01/2026',
    'Đổi tên',
    '1677/NQ-UBTVQH15 ngày 16/06/2025',
    RENAMED,
    RENAMED_TO,
  ])
    if (!row.includes(part)) throw new Error(`the list's first change "${row}" lacks "${part}"`);
  await saveScreenshot(page, 'org-changes.png');

  step = 'org change: the renamed commune shows where it came from';
  log(step);
  await first.getByRole('link', { name: RENAMED_TO }).click();
  await page.waitForURL(/\/units\/\d+$/);
  const lineage = page.getByTestId('unit-lineage');
  await expectVisible(lineage.getByText('Hình thành từ'), 'the new unit has no lineage');
  if (!(await lineage.innerText()).includes(RENAMED))
    throw new Error('the lineage does not name the commune before the rename');
  const unitUrl = page.url();

  step = 'org change: at 375 px the changes, the wizard, a change and the unit fit the phone';
  log(step);
  await page.setViewportSize(ORG_PHONE);
  await page.goto(`${BASE_URL}/org-changes`);
  await expectVisible(page.getByTestId('org-change-list'), 'no list on the phone');
  await assertNoHorizontalOverflow(page, 'the changes list', ORG_PHONE.width);
  await page.getByText('Dòng thời gian').click();
  await expectVisible(page.getByTestId('org-change-timeline'), 'no timeline on the phone');
  await assertNoHorizontalOverflow(page, 'the changes timeline', ORG_PHONE.width);
  await page
    .getByTestId('org-change-timeline')
    .locator('[data-testid^="org-change-link-"]')
    .first()
    .click();
  await expectVisible(page.getByTestId('org-change-undo'), 'the change offers no undo');
  await assertNoHorizontalOverflow(page, "a change's page", ORG_PHONE.width);
  await page.goto(`${BASE_URL}/org-changes/new`);
  await expectVisible(page.getByTestId('org-change-form'), 'no wizard on the phone');
  await assertNoHorizontalOverflow(page, 'the wizard', ORG_PHONE.width);
  await page.goto(unitUrl);
  await expectVisible(page.getByTestId('unit-lineage'), 'no lineage on the phone');
  await assertNoHorizontalOverflow(page, "the unit's lineage", ORG_PHONE.width);
  await saveScreenshot(page, 'org-change-lineage-phone.png');
}

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
  const cycle = await check(
    'the reporting cycle',
    { viewport: { width: 1280, height: 900 }, acceptDownloads: true },
    runCycle,
    'cycle-e2e-failure.png',
  );
  const planImport = await check(
    'plan import',
    { viewport: { width: 1280, height: 900 } },
    runImport,
    'import-e2e-failure.png',
  );
  const orgChange = await check(
    'organisation change',
    { viewport: { width: 1280, height: 900 } },
    runOrgChange,
    'org-change-e2e-failure.png',
  );
  failed = !desktop || !phone || !cycle || !planImport || !orgChange;
  log(failed ? 'FAILED' : 'PASSED');
} catch (error) {
  failed = true;
  console.error(`[e2e] FAILED: ${error.message.split('\n')[0]}`);
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
