import { screen, waitFor, within } from '@testing-library/react';
import { routes } from '@/app/router';
import { mockApi, renderWithProviders, enterText } from '@/testing/test-utils';
import type { ConsolidatedUpdate, FinaliseInput } from '@/types/api';
import { todayIso } from '@/utils/format';

// The 6-month review: Bờ Y's report is accepted, so the compiled body has a section for it.
const REVIEW = 2;
const URL_ = `/periods/${REVIEW}/consolidated`;
const REPORT_PATH = `/api/v1/periods/${REVIEW}/consolidated-report`;

function bodies(requests: Request[], method: string, path: string) {
  return Promise.all(
    requests
      .filter((r) => r.method === method && new URL(r.url).pathname === path)
      .map((r) => r.clone().json() as Promise<unknown>),
  );
}

/** The last of several same-named buttons: a confirmation's own comes after the trigger. */
async function confirmButton(name: string) {
  const buttons = await screen.findAllByRole('button', { name });
  return buttons[buttons.length - 1];
}

describe('consolidated report', () => {
  it('is compiled by the coordinator from the empty state, reached from the period page', async () => {
    const api = mockApi();
    api.accounts.signIn('dieuphoi');
    const { user, router } = renderWithProviders(null, { routes, url: `/periods/${REVIEW}` });
    await user.click(await screen.findByTestId('period-consolidated'));
    await waitFor(() => expect(router.state.location.pathname).toBe(URL_));

    expect(await screen.findByTestId('consolidated-heading')).toHaveTextContent(
      'Báo cáo tổng hợp – Sơ kết 6 tháng đầu năm 2026',
    );
    expect(await screen.findByTestId('consolidated-empty')).toBeInTheDocument();
    expect(screen.queryByTestId('download-docx')).not.toBeInTheDocument();
    await user.click(screen.getByTestId('compile-consolidated'));

    expect(await screen.findByTestId('consolidated-editor')).toBeInTheDocument();
    expect(api.requests.some((r) => r.method === 'POST' && r.url.endsWith(REPORT_PATH))).toBe(true);
    expect(screen.getByTestId('consolidated-status')).toHaveTextContent('Dự thảo');
    const headings = screen.getAllByTestId('section-heading');
    expect(headings.map((h) => (h as HTMLInputElement).value)).toContain('Ủy ban nhân dân xã Bờ Y');
    expect(screen.getAllByTestId('compliance-table-note')).toHaveLength(1);
    expect(screen.getByText('Bảng tình hình nộp báo cáo được chèn sau phần này')).toBeVisible();
    expect(screen.getByTestId('download-docx')).toHaveAttribute('href', `${REPORT_PATH}/docx`);
    expect(screen.getByTestId('download-docx')).toHaveAttribute('download');
    expect(screen.getByTestId('download-xlsx')).toHaveAttribute('href', `${REPORT_PATH}/xlsx`);
  });

  it('saves an edited section with the version, and drops the unsaved draft', async () => {
    const api = mockApi();
    api.accounts.signIn('dieuphoi');
    api.reporting.compileConsolidated(REVIEW);
    const { user } = renderWithProviders(null, { routes, url: URL_ });
    const bodiesInputs = await screen.findAllByTestId('section-body');
    await user.clear(bodiesInputs[1]);
    await enterText(user, bodiesInputs[1], 'Các đơn vị đã triển khai đúng kế hoạch.');
    expect(localStorage.length).toBe(1);
    await user.click(screen.getAllByTestId('move-section-down')[1]);
    await user.click(screen.getByTestId('save-consolidated'));

    expect(await screen.findByTestId('consolidated-notice')).toHaveTextContent(
      'Đã lưu báo cáo tổng hợp.',
    );
    const [saved] = (await bodies(api.requests, 'PUT', REPORT_PATH)) as ConsolidatedUpdate[];
    expect(saved.version).toBe(1);
    expect(saved.title).toBe('Báo cáo kết quả thực hiện kế hoạch – Sơ kết 6 tháng đầu năm 2026');
    expect(saved.sections[0]).toEqual({
      level: 1,
      heading: 'I. TÌNH HÌNH NỘP BÁO CÁO',
      body: '1 đơn vị đã nộp báo cáo.',
      complianceTable: true,
    });
    // The edited part II moved below Bờ Y's section.
    expect(saved.sections[1].heading).toBe('Ủy ban nhân dân xã Bờ Y');
    expect(saved.sections[2]).toEqual({
      level: 1,
      heading: 'II. KẾT QUẢ THỰC HIỆN',
      body: 'Các đơn vị đã triển khai đúng kế hoạch.',
      complianceTable: false,
    });
    expect(saved.signerTitle).toBe('PHÓ CHỦ TỊCH');
    expect(saved.signerName).toBeUndefined();
    expect(localStorage.length).toBe(0);
    expect(api.reporting.consolidated.get(REVIEW)?.version).toBe(2);
  });

  it('keeps unsaved edits across a reload', async () => {
    const api = mockApi();
    api.accounts.signIn('dieuphoi');
    api.reporting.compileConsolidated(REVIEW);
    const first = renderWithProviders(null, { routes, url: URL_ });
    await first.user.type((await screen.findAllByTestId('section-heading'))[1], ' (sửa)');
    first.unmount();

    renderWithProviders(null, { routes, url: URL_ });
    expect(await screen.findByTestId('draft-restored')).toBeInTheDocument();
    expect(screen.getAllByTestId('section-heading')[1]).toHaveValue('II. KẾT QUẢ THỰC HIỆN (sửa)');
    expect(screen.getByTestId('finalise-consolidated')).toBeDisabled();
  });

  it('maps the recipients textarea to a list, one recipient a line', async () => {
    const api = mockApi();
    api.accounts.signIn('dieuphoi');
    api.reporting.compileConsolidated(REVIEW);
    const { user } = renderWithProviders(null, { routes, url: URL_ });
    const recipients = await screen.findByTestId('consolidated-recipients-input');
    expect(recipients).toHaveValue('UBND tỉnh Kon Tum\nLưu: VT');
    await user.clear(recipients);
    await enterText(user, recipients, '  Sở Lao động - TB&XH \n\nUBND tỉnh Kon Tum\nLưu: VT');
    await enterText(user, screen.getByTestId('consolidated-signer-name'), 'Nguyễn Văn A');
    await user.click(screen.getByTestId('save-consolidated'));
    await screen.findByTestId('consolidated-notice');
    const [saved] = (await bodies(api.requests, 'PUT', REPORT_PATH)) as ConsolidatedUpdate[];
    expect(saved.recipients).toEqual(['Sở Lao động - TB&XH', 'UBND tỉnh Kon Tum', 'Lưu: VT']);
    expect(saved.signerName).toBe('Nguyễn Văn A');
    expect(screen.getByTestId('consolidated-recipients-input')).toHaveValue(
      'Sở Lao động - TB&XH\nUBND tỉnh Kon Tum\nLưu: VT',
    );
  });

  it('recompiles after a confirmation, replacing the section edits', async () => {
    const api = mockApi();
    api.accounts.signIn('dieuphoi');
    api.reporting.compileConsolidated(REVIEW);
    const { user } = renderWithProviders(null, { routes, url: URL_ });
    const heading = (await screen.findAllByTestId('section-heading'))[1];
    await user.type(heading, ' (sửa)');
    await user.click(screen.getByTestId('recompile-consolidated'));
    await user.click(await confirmButton('Tổng hợp lại'));
    expect(await screen.findByTestId('consolidated-notice')).toHaveTextContent(
      'Đã tổng hợp báo cáo.',
    );
    expect(screen.getAllByTestId('section-heading')[1]).toHaveValue('II. KẾT QUẢ THỰC HIỆN');
    expect(api.reporting.consolidated.get(REVIEW)?.version).toBe(2);
    expect(localStorage.length).toBe(0);
  });

  it('finalises with the issue date; the report is then read only with its number', async () => {
    const api = mockApi();
    api.accounts.signIn('dieuphoi');
    api.reporting.compileConsolidated(REVIEW);
    const { user } = renderWithProviders(null, { routes, url: URL_ });
    await user.click(await screen.findByTestId('finalise-consolidated'));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('không sửa được nữa');
    const [y, m, d] = todayIso().split('-');
    const date = within(dialog).getByRole('textbox');
    expect(date).toHaveValue(`${d}/${m}/${y}`);
    await user.clear(date);
    await user.type(date, '05/12/2026{Enter}');
    await user.click(within(dialog).getByTestId('finalise-submit'));

    expect(await screen.findByTestId('consolidated-document')).toBeInTheDocument();
    const finalised = (await bodies(
      api.requests,
      'POST',
      `${REPORT_PATH}/finalise`,
    )) as FinaliseInput[];
    expect(finalised).toEqual([{ issuedOn: '2026-12-05', version: 1 }]);
    expect(screen.getByTestId('consolidated-number')).toHaveTextContent('Số: 01/BC-UBND');
    expect(screen.getByTestId('consolidated-issued-on')).toHaveTextContent('05/12/2026');
    expect(screen.getByTestId('consolidated-status')).toHaveTextContent('Đã ban hành');
    expect(screen.queryByTestId('consolidated-editor')).not.toBeInTheDocument();
    expect(screen.queryByTestId('save-consolidated')).not.toBeInTheDocument();
    expect(screen.queryByTestId('finalise-consolidated')).not.toBeInTheDocument();
    expect(screen.getByTestId('download-docx')).toBeInTheDocument();
  });

  it('shows a leader the report read only, without edit buttons', async () => {
    const api = mockApi();
    api.accounts.signIn('lanhdao');
    const first = renderWithProviders(null, { routes, url: URL_ });
    expect(await screen.findByTestId('consolidated-empty')).toBeInTheDocument();
    expect(screen.queryByTestId('compile-consolidated')).not.toBeInTheDocument();
    first.unmount();

    api.reporting.compileConsolidated(REVIEW);
    renderWithProviders(null, { routes, url: URL_ });
    const document = await screen.findByTestId('consolidated-document');
    expect(within(document).getByText('Ủy ban nhân dân xã Bờ Y')).toBeInTheDocument();
    expect(screen.getByTestId('consolidated-status')).toHaveTextContent('Dự thảo');
    expect(
      within(screen.getByTestId('consolidated-recipients')).getAllByRole('listitem'),
    ).toHaveLength(2);
    for (const id of [
      'consolidated-editor',
      'save-consolidated',
      'recompile-consolidated',
      'finalise-consolidated',
      'compile-consolidated',
    ])
      expect(screen.queryByTestId(id)).not.toBeInTheDocument();
    expect(screen.getByTestId('download-docx')).toBeInTheDocument();
    expect(screen.getByTestId('download-xlsx')).toBeInTheDocument();
  });

  it("offers a unit officer no way into the draft, which holds every unit's results", async () => {
    const api = mockApi();
    api.accounts.signIn('boy');
    api.reporting.compileConsolidated(REVIEW);
    const first = renderWithProviders(null, { routes, url: `/periods/${REVIEW}` });
    expect(await screen.findByTestId('period-title')).toBeInTheDocument();
    expect(screen.queryByTestId('period-consolidated')).not.toBeInTheDocument();
    first.unmount();

    renderWithProviders(null, { routes, url: URL_ });
    expect(await screen.findByTestId('error-alert')).toHaveTextContent('Không có quyền');
    expect(screen.queryByTestId('consolidated-document')).not.toBeInTheDocument();
  });

  it("shows the problem's detail when saving is refused (409)", async () => {
    const api = mockApi();
    api.accounts.signIn('dieuphoi');
    const report = api.reporting.compileConsolidated(REVIEW);
    const { user } = renderWithProviders(null, { routes, url: URL_ });
    await enterText(user, (await screen.findAllByTestId('section-body'))[1], 'Nội dung mới');
    // Someone else saved meanwhile.
    report.version += 1;
    await user.click(screen.getByTestId('save-consolidated'));
    const alert = await screen.findByTestId('error-alert');
    expect(alert).toHaveTextContent('Dữ liệu đã thay đổi');
    expect(alert).toHaveTextContent('Báo cáo đã được người khác sửa. Vui lòng tải lại.');
    expect(localStorage.length).toBe(1);

    await user.click(screen.getByTestId('reload'));
    await waitFor(() =>
      expect(
        api.requests.filter((r) => r.method === 'GET' && r.url.endsWith(REPORT_PATH)),
      ).toHaveLength(2),
    );
    await user.click(screen.getByTestId('save-consolidated'));
    expect(await screen.findByTestId('consolidated-notice')).toBeInTheDocument();
    expect(report.sections[1].body).toBe('Nội dung mới');
  });
});
