import { screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { routes } from '@/app/router';
import { mockApi, renderWithProviders, enterText } from '@/testing/test-utils';
import type { PeriodInput, ReportUpdate } from '@/types/api';

const ANNUAL = 1;
const BO_Y = 31;

function bodies(requests: Request[], method: string, suffix: string) {
  return Promise.all(
    requests
      .filter((r) => r.method === method && new URL(r.url).pathname.endsWith(suffix))
      .map((r) => r.clone().json() as Promise<unknown>),
  );
}

/** The last of several same-named buttons: a confirmation's own comes after the trigger. */
async function confirmButton(name: string) {
  const buttons = await screen.findAllByRole('button', { name });
  return buttons[buttons.length - 1];
}

describe('reporting', () => {
  it("lists the plan's periods with their compliance; an admin can open one", async () => {
    mockApi();
    const { user } = renderWithProviders(null, { routes, url: '/plans/1' });
    const periods = await screen.findByTestId('plan-periods');
    const annual = await within(periods).findByTestId(`period-${ANNUAL}`);
    expect(annual).toHaveTextContent('Báo cáo năm 2026');
    expect(annual).toHaveTextContent('15/12/2025 – 14/12/2026');
    expect(annual).toHaveTextContent('Hạn nộp 15/12/2026');
    expect(within(annual).getByTestId('compliance-summary')).toHaveTextContent(
      /^1\/(\d+) đã nộp · 0 trễ · (\d+) chưa nộp$/,
    );

    await user.click(within(periods).getByTestId('open-period'));
    const year = await screen.findByTestId('period-year');
    await user.clear(year);
    await user.type(year, '2027');
    await user.click(screen.getByTestId('open-period-submit'));
    expect(await within(periods).findByText('Báo cáo năm 2027')).toBeInTheDocument();
  });

  it('opens an ad hoc period limited to chosen tasks and units, and shows its scope', async () => {
    const api = mockApi();
    const { user } = renderWithProviders(null, { routes, url: '/plans/1' });
    const periods = await screen.findByTestId('plan-periods');
    await user.click(within(periods).getByTestId('open-period'));
    await user.click(await screen.findByLabelText('Đột xuất'));
    await enterText(
      user,
      await screen.findByTestId('period-title'),
      'Báo cáo đột xuất về tuyên truyền',
    );

    const cell = async (iso: string) => {
      const cells = await screen.findAllByTitle(iso);
      return cells.find((c) => c.classList.contains('ant-picker-cell-in-view')) as HTMLElement;
    };
    const first = dayjs().startOf('month');
    await user.click(screen.getByLabelText('Thời gian số liệu'));
    await user.click(await cell(first.format('YYYY-MM-DD')));
    await user.click(await cell(first.add(9, 'day').format('YYYY-MM-DD')));
    await user.click(screen.getByLabelText('Hạn nộp'));
    const dueCells = await screen.findAllByTitle(first.add(14, 'day').format('YYYY-MM-DD'));
    await user.click(dueCells[dueCells.length - 1]);

    expect(
      screen.getByText(/Chọn nhóm hoặc mục là gồm mọi nhiệm vụ thuộc nhóm, mục đó/),
    ).toBeInTheDocument();
    const pickNode = async (testId: string, search: string, title: string | RegExp) => {
      await enterText(user, within(screen.getByTestId(testId)).getByRole('combobox'), search);
      const nodes = await screen.findAllByTitle(title);
      await user.click(
        nodes.find((n) =>
          n.classList.contains('ant-select-tree-node-content-wrapper'),
        ) as HTMLElement,
      );
    };
    await pickNode('period-task-ids', '1.b', /^1\.b Đẩy mạnh tuyên truyền/);
    await pickNode('period-unit-ids', 'bo y', 'Ủy ban nhân dân xã Bờ Y');
    await user.click(screen.getByTestId('open-period-submit'));

    await waitFor(() =>
      expect(api.requests.some((r) => r.method === 'POST' && r.url.endsWith('/periods'))).toBe(
        true,
      ),
    );
    const [body] = (await bodies(api.requests, 'POST', '/periods')) as PeriodInput[];
    expect(body).toEqual({
      kind: 'AD_HOC',
      title: 'Báo cáo đột xuất về tuyên truyền',
      windowStart: first.format('YYYY-MM-DD'),
      windowEnd: first.add(9, 'day').format('YYYY-MM-DD'),
      dueDate: first.add(14, 'day').format('YYYY-MM-DD'),
      taskIds: [120],
      unitIds: [BO_Y],
    });

    await user.click(await within(periods).findByText('Báo cáo đột xuất về tuyên truyền'));
    expect(await screen.findByTestId('period-scope')).toHaveTextContent(
      'Phạm vi: 1 nhiệm vụ, 1 đơn vị',
    );
  });

  it('leaves the scope out when none is chosen; the period page then says the whole plan', async () => {
    const api = mockApi();
    const { user } = renderWithProviders(null, { routes, url: '/plans/1' });
    const periods = await screen.findByTestId('plan-periods');
    await user.click(within(periods).getByTestId('open-period'));
    const year = await screen.findByTestId('period-year');
    await user.clear(year);
    await user.type(year, '2027');
    await user.click(screen.getByTestId('open-period-submit'));
    await user.click(await within(periods).findByText('Báo cáo năm 2027'));
    const [body] = (await bodies(api.requests, 'POST', '/periods')) as PeriodInput[];
    expect(body).toEqual({ kind: 'ANNUAL', year: 2027 });
    expect(await screen.findByTestId('period-scope')).toHaveTextContent('Toàn bộ kế hoạch');
  });

  it('hides "Mở kỳ báo cáo" from a unit officer', async () => {
    const api = mockApi();
    api.accounts.signIn('boy');
    renderWithProviders(null, { routes, url: '/plans/1' });
    await screen.findByTestId(`period-${ANNUAL}`);
    expect(screen.queryByTestId('open-period')).not.toBeInTheDocument();
  });

  it('lets the officer save a draft and submit it', async () => {
    const api = mockApi();
    api.accounts.signIn('boy');
    const report = api.reporting.find(ANNUAL, BO_Y);
    const { user } = renderWithProviders(null, { routes, url: `/reports/${report.id}` });

    expect(await screen.findByTestId('report-unit')).toHaveTextContent(
      'Báo cáo của Ủy ban nhân dân xã Bờ Y',
    );
    expect(screen.getByTestId('report-due')).toHaveTextContent('15/12/2026');
    expect(screen.getByTestId('report-status')).toHaveTextContent('Chưa nộp');
    const results = screen.getAllByTestId('entry-results')[0];
    await enterText(user, results, 'Đã tổ chức 3 lớp tập huấn');
    await user.click(screen.getByTestId('save-draft'));
    expect(await screen.findByTestId('report-saved')).toBeInTheDocument();
    const [saved] = (await bodies(api.requests, 'PUT', `/reports/${report.id}`)) as ReportUpdate[];
    expect(saved.version).toBe(1);
    expect(saved.entries[0].results).toBe('<p>Đã tổ chức 3 lớp tập huấn</p>');
    expect(saved.entries[0].figures).toEqual([]);

    await user.click(screen.getAllByTestId('add-obstacle')[0]);
    await enterText(user, screen.getAllByTestId('entry-obstacle-description')[0], 'Thiếu kinh phí');
    await user.click(screen.getByTestId('submit-report'));
    await user.click(await confirmButton('Nộp báo cáo'));
    await waitFor(() => expect(screen.getByTestId('report-status')).toHaveTextContent('Đã nộp'));
    expect(screen.queryByTestId('report-form')).not.toBeInTheDocument();
    expect(screen.getByText('Thiếu kinh phí')).toBeInTheDocument();
    expect(report.status).toBe('SUBMITTED');
    const submits = (await bodies(api.requests, 'POST', '/submit')) as { version: number }[];
    // Saved first (version 2 → 3), then submitted with the saved version.
    expect(submits).toEqual([{ version: 3 }]);
    expect(localStorage.length).toBe(0);

    await user.click(screen.getByTestId('report-history'));
    const drawer = await screen.findByTestId('history-drawer');
    expect(await within(drawer).findByTestId('history-entry-4')).toHaveTextContent('boy');
    expect(
      api.requests.some((r) => new URL(r.url).pathname === `/api/v1/reports/${report.id}/history`),
    ).toBe(true);
  });

  it('keeps unsaved edits across a reload, until they are saved', async () => {
    const api = mockApi();
    api.accounts.signIn('boy');
    const report = api.reporting.find(ANNUAL, BO_Y);
    const first = renderWithProviders(null, { routes, url: `/reports/${report.id}` });
    await enterText(
      first.user,
      (await screen.findAllByTestId('entry-results'))[0],
      'Nháp chưa lưu',
    );
    first.unmount();

    const { user } = renderWithProviders(null, { routes, url: `/reports/${report.id}` });
    expect(await screen.findByTestId('draft-restored')).toBeInTheDocument();
    expect(screen.getAllByTestId('entry-results')[0]).toHaveTextContent('Nháp chưa lưu');
    await user.click(screen.getByTestId('save-draft'));
    expect(await screen.findByTestId('report-saved')).toBeInTheDocument();
    expect(screen.queryByTestId('draft-restored')).not.toBeInTheDocument();
    expect(localStorage.length).toBe(0);
    expect(report.entries[0].results).toBe('<p>Nháp chưa lưu</p>');
  });

  it('saves the results as HTML, bold from the toolbar, and the figures as typed', async () => {
    const api = mockApi();
    api.accounts.signIn('boy');
    const report = api.reporting.find(ANNUAL, BO_Y);
    const { user } = renderWithProviders(null, { routes, url: `/reports/${report.id}` });
    const entry = await screen.findByTestId(`entry-${report.entries[0].taskCode}`);
    const results = within(entry).getByRole('textbox', {
      name: `Kết quả thực hiện – ${report.entries[0].taskCode}`,
    });
    await user.click(results);
    await user.keyboard('Đã mở ');
    await user.click(within(entry).getByRole('button', { name: 'In đậm (Ctrl+B)' }));
    await user.keyboard('2 lớp');

    await user.click(within(entry).getByTestId('add-figure'));
    await enterText(user, within(entry).getByRole('textbox', { name: 'Tên số liệu' }), 'Học viên');
    await user.type(within(entry).getByRole('textbox', { name: 'Đơn vị tính' }), 'người');
    await user.click(screen.getByTestId('save-draft'));
    expect(await within(entry).findByText('Bắt buộc nhập')).toBeInTheDocument();
    const value = within(entry).getByRole('spinbutton', { name: 'Giá trị' });
    await user.type(value, '-1');
    expect(await within(entry).findByText('Giá trị không được âm')).toBeInTheDocument();
    await user.clear(value);
    await user.type(value, '1,234');
    expect(await within(entry).findByText('Tối đa 2 chữ số sau dấu phẩy')).toBeInTheDocument();
    expect(api.requests.some((r) => r.method === 'PUT')).toBe(false);
    await user.clear(value);
    await user.type(value, '1234,5');
    await waitFor(() =>
      expect(within(entry).queryByText('Tối đa 2 chữ số sau dấu phẩy')).not.toBeInTheDocument(),
    );

    await user.click(screen.getByTestId('save-draft'));
    expect(await screen.findByTestId('report-saved')).toBeInTheDocument();
    const [saved] = (await bodies(api.requests, 'PUT', `/reports/${report.id}`)) as ReportUpdate[];
    expect(saved.entries[0].results).toBe('<p>Đã mở <strong>2 lớp</strong></p>');
    expect(saved.entries[0].figures).toEqual([{ label: 'Học viên', value: 1234.5, unit: 'người' }]);
    expect(report.entries[0].figures).toEqual([
      { label: 'Học viên', value: 1234.5, unit: 'người' },
    ]);

    await user.click(within(entry).getByTestId('remove-figure'));
    await user.click(screen.getByTestId('save-draft'));
    await waitFor(() => expect(report.entries[0].figures).toEqual([]));
    const puts = (await bodies(api.requests, 'PUT', `/reports/${report.id}`)) as ReportUpdate[];
    expect(puts[1].entries[0].figures).toEqual([]);
  });

  it('keeps figures in the unsaved draft across a reload', async () => {
    const api = mockApi();
    api.accounts.signIn('boy');
    const report = api.reporting.find(ANNUAL, BO_Y);
    const first = renderWithProviders(null, { routes, url: `/reports/${report.id}` });
    const entry = await screen.findByTestId(`entry-${report.entries[0].taskCode}`);
    await first.user.click(within(entry).getByTestId('add-figure'));
    await first.user.type(within(entry).getByTestId('figure-label'), 'Số lớp');
    await first.user.type(within(entry).getByRole('spinbutton', { name: 'Giá trị' }), '2');
    await first.user.type(within(entry).getByTestId('figure-unit'), 'lớp');
    first.unmount();

    const { user } = renderWithProviders(null, { routes, url: `/reports/${report.id}` });
    expect(await screen.findByTestId('draft-restored')).toBeInTheDocument();
    const restored = screen.getByTestId(`entry-${report.entries[0].taskCode}`);
    expect(within(restored).getByTestId('figure-label')).toHaveValue('Số lớp');
    expect(within(restored).getByRole('spinbutton', { name: 'Giá trị' })).toHaveValue('2');
    expect(within(restored).getByTestId('figure-unit')).toHaveValue('lớp');
    await user.click(screen.getByTestId('save-draft'));
    expect(await screen.findByTestId('report-saved')).toBeInTheDocument();
    expect(report.entries[0].figures).toEqual([{ label: 'Số lớp', value: 2, unit: 'lớp' }]);
  });

  it("shows the coordinator a report's formatted results and figures, read only", async () => {
    const api = mockApi();
    const report = api.reporting.find(ANNUAL, BO_Y);
    Object.assign(report, { status: 'SUBMITTED', submittedAt: '2026-11-25T02:00:00Z' });
    Object.assign(report.entries[0], {
      results: '<p>Đã mở <strong>2 lớp</strong></p><ul><li>60 học viên</li></ul>',
      figures: [
        { label: 'Học viên', value: 1234.5, unit: 'người' },
        { label: 'Số lớp', value: 2, unit: null },
      ],
    });
    api.accounts.signIn('dieuphoi');
    renderWithProviders(null, { routes, url: `/reports/${report.id}` });
    const entry = await screen.findByTestId(`entry-${report.entries[0].taskCode}`);
    expect(screen.queryByTestId('report-form')).not.toBeInTheDocument();
    const results = within(entry).getByTestId('entry-results');
    expect(results).toHaveAttribute('contenteditable', 'false');
    expect(within(results).getByText('2 lớp').tagName).toBe('STRONG');
    expect(within(results).getByRole('listitem')).toHaveTextContent('60 học viên');
    expect(within(entry).queryByRole('toolbar')).not.toBeInTheDocument();
    const rows = within(within(entry).getByTestId('entry-figures')).getAllByTestId('entry-figure');
    expect(rows[0]).toHaveTextContent('Học viên1.234,5 người');
    expect(rows[1]).toHaveTextContent('Số lớp2');
  });

  it('lets the coordinator return a report with a reason, which the officer sees', async () => {
    const api = mockApi();
    const report = api.reporting.find(ANNUAL, BO_Y);
    Object.assign(report, { status: 'SUBMITTED', submittedAt: '2026-11-25T02:00:00Z' });
    api.accounts.signIn('dieuphoi');
    const first = renderWithProviders(null, { routes, url: `/periods/${ANNUAL}` });

    expect(await screen.findByTestId('period-title')).toHaveTextContent('Báo cáo năm 2026');
    expect(screen.getByTestId('compliance-figures')).toHaveTextContent('Đã nộp2');
    const row = await screen.findByTestId(`report-row-${report.id}`);
    expect(within(row).getByTestId('report-status')).toHaveTextContent('Đã nộp');
    await first.user.click(await within(row).findByTestId(`return-${report.id}`));
    await first.user.click(await screen.findByTestId('return-submit'));
    expect(await screen.findByText('Bắt buộc nhập')).toBeInTheDocument();
    expect(api.requests.some((r) => r.url.endsWith('/return'))).toBe(false);

    await enterText(
      first.user,
      screen.getByTestId('return-reason'),
      'Bổ sung số liệu nhiệm vụ 1.a',
    );
    await first.user.click(screen.getByTestId('return-submit'));
    expect(await screen.findByTestId('review-notice')).toHaveTextContent('Đã trả lại báo cáo.');
    await waitFor(() =>
      expect(
        within(screen.getByTestId(`report-row-${report.id}`)).getByTestId('report-status'),
      ).toHaveTextContent('Bị trả lại'),
    );
    first.unmount();

    api.accounts.signIn('boy');
    renderWithProviders(null, { routes, url: `/reports/${report.id}` });
    expect(await screen.findByTestId('return-reason-banner')).toHaveTextContent(
      'Bổ sung số liệu nhiệm vụ 1.a',
    );
    expect(screen.getByTestId('report-form')).toBeInTheDocument();
  });

  it('lets the coordinator accept a submitted report, and filter the reports by status', async () => {
    const api = mockApi();
    api.accounts.signIn('dieuphoi');
    const report = api.reporting.find(ANNUAL, 11);
    const { user } = renderWithProviders(null, { routes, url: `/periods/${ANNUAL}` });
    await user.click(await screen.findByTestId(`accept-${report.id}`));
    await user.click(await confirmButton('Tiếp nhận'));
    expect(await screen.findByTestId('review-notice')).toHaveTextContent('Đã tiếp nhận báo cáo.');
    expect(report.status).toBe('ACCEPTED');

    await user.click(within(screen.getByTestId('report-status-filter')).getByRole('combobox'));
    await user.click(await screen.findByTitle('Đã tiếp nhận'));
    await waitFor(() => expect(screen.getAllByTestId(/^report-row-/)).toHaveLength(1));
    expect(screen.getByTestId(`report-row-${report.id}`)).toBeInTheDocument();
    expect(api.requests.some((r) => new URL(r.url).searchParams.get('status') === 'ACCEPTED')).toBe(
      true,
    );
  });

  it("shows the period's compliance per task, to a unit officer too", async () => {
    const api = mockApi();
    Object.assign(api.reporting.find(ANNUAL, BO_Y), {
      status: 'SUBMITTED',
      submittedAt: '2026-12-16T02:00:00Z',
      late: true,
    });
    api.accounts.signIn('boy');
    renderWithProviders(null, { routes, url: `/periods/${ANNUAL}` });
    const table = await screen.findByTestId('task-compliance');
    expect(table).toHaveTextContent('Tình hình nộp theo nhiệm vụ');
    const row = await within(table).findByTestId('task-compliance-row-1.a');
    const figure = (key: string) => within(row).getByTestId(`task-compliance-${key}`);
    expect(row).toHaveTextContent('1.a');
    expect(figure('expected')).toHaveTextContent('16');
    expect(figure('submitted')).toHaveTextContent('2');
    expect(figure('onTime')).toHaveTextContent('1');
    expect(figure('late')).toHaveTextContent('1');
    expect(figure('missing')).toHaveTextContent('14');
    expect(figure('returned')).toHaveTextContent('0');
    expect(figure('accepted')).toHaveTextContent('0');
    expect(row).toHaveTextContent('2/16');
    expect(row).toHaveClass('task-compliance-missing');
    const rows = within(table).getAllByTestId(/^task-compliance-row-/);
    expect(rows[0]).toBe(row);
    expect(rows[rows.length - 1]).toHaveTextContent('3.b.3');
  });

  it('shows a unit officer the reports their unit owes, open periods first', async () => {
    const api = mockApi();
    api.accounts.signIn('boy');
    renderWithProviders(null, { routes, url: `/units/${BO_Y}` });
    const owed = await screen.findByTestId('owed-reports');
    const items = within(owed).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Báo cáo năm 2026');
    expect(items[0]).toHaveTextContent('Chưa nộp');
    expect(items[1]).toHaveTextContent('Sơ kết 6 tháng đầu năm 2026');
    expect(items[1]).toHaveTextContent('Đã tiếp nhận');
    expect(items[1]).toHaveTextContent('Trễ hạn');
    expect(within(items[0]).getByRole('link')).toHaveAttribute(
      'href',
      `/reports/${api.reporting.find(ANNUAL, BO_Y).id}`,
    );
  });
});
