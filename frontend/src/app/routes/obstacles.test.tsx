import { screen, waitFor, within } from '@testing-library/react';
import { routes } from '@/app/router';
import { unitRef } from '@/testing/fixtures/units';
import { mockApi, renderWithProviders, enterText } from '@/testing/test-utils';
import type { BulkAcceptInput, ObstacleHandling, ReportUpdate } from '@/types/api';

const ANNUAL = 1;
const BO_Y = 31;
const GD_DT = 11;
const TC_KH = 12;

function bodies<T>(requests: Request[], method: string, suffix: string) {
  return Promise.all(
    requests
      .filter((r) => r.method === method && new URL(r.url).pathname.endsWith(suffix))
      .map((r) => r.clone().json() as Promise<T>),
  );
}

function obstacleQueries(requests: Request[]) {
  return requests
    .filter((r) => new URL(r.url).pathname === '/api/v1/plans/1/obstacles')
    .map((r) => new URL(r.url).searchParams);
}

/** The last of several same-named buttons: a confirmation's own comes after the trigger. */
async function confirmButton(name: string) {
  const buttons = await screen.findAllByRole('button', { name });
  return buttons[buttons.length - 1];
}

describe('obstacles in the report form', () => {
  it('adds an obstacle with a proposal and saves the list, keeping its id afterwards', async () => {
    const api = mockApi();
    api.accounts.signIn('boy');
    const report = api.reporting.find(ANNUAL, BO_Y);
    const { user } = renderWithProviders(null, { routes, url: `/reports/${report.id}` });

    await user.click((await screen.findAllByTestId('add-obstacle'))[0]);
    await enterText(user, screen.getAllByTestId('entry-obstacle-description')[0], 'Thiếu kinh phí');
    await enterText(user, screen.getAllByTestId('entry-obstacle-proposal')[0], 'Đề nghị bổ sung');
    await user.click(screen.getByTestId('save-draft'));
    expect(await screen.findByTestId('report-saved')).toBeInTheDocument();

    const [first] = await bodies<ReportUpdate>(api.requests, 'PUT', `/reports/${report.id}`);
    expect(first.entries[0].obstacles).toEqual([
      { description: 'Thiếu kinh phí', proposal: 'Đề nghị bổ sung' },
    ]);
    expect(first.entries[1].obstacles).toEqual([]);
    const saved = report.entries[0].obstacles[0];
    expect(saved).toMatchObject({ description: 'Thiếu kinh phí', status: 'OPEN' });

    await enterText(user, screen.getAllByTestId('entry-results')[0], 'Đã triển khai');
    await user.click(screen.getByTestId('save-draft'));
    await waitFor(() => expect(report.version).toBe(3));
    const [, second] = await bodies<ReportUpdate>(api.requests, 'PUT', `/reports/${report.id}`);
    expect(second.entries[0].obstacles).toEqual([
      { id: saved.id, description: 'Thiếu kinh phí', proposal: 'Đề nghị bổ sung' },
    ]);
    expect(report.entries[0].obstacles).toHaveLength(1);

    await user.click(screen.getAllByTestId('remove-obstacle')[0]);
    await user.click(screen.getByTestId('save-draft'));
    await waitFor(() => expect(report.entries[0].obstacles).toHaveLength(0));
  });

  it('shows a handled obstacle read only with its status, owner and response', async () => {
    const api = mockApi();
    api.accounts.signIn('boy');
    const report = api.reporting.find(ANNUAL, BO_Y);
    Object.assign(report, { status: 'RETURNED', returnReason: 'Bổ sung' });
    const handled = api.reporting.addObstacle(report, {
      description: 'Thiếu giáo viên',
      status: 'BEING_HANDLED',
      owner: unitRef(GD_DT),
      response: 'Đang bố trí giáo viên tăng cường',
    });
    api.reporting.addObstacle(report, { description: 'Thiếu phòng học' });
    const { user } = renderWithProviders(null, { routes, url: `/reports/${report.id}` });

    const entry = (await screen.findAllByTestId('entry-obstacles'))[0];
    const readOnly = within(entry).getByTestId('obstacle-handled');
    expect(within(readOnly).getByTestId('obstacle-status')).toHaveTextContent('Đang xử lý');
    expect(readOnly).toHaveTextContent('Thiếu giáo viên');
    expect(within(readOnly).getByTestId('obstacle-owner')).toHaveTextContent(unitRef(GD_DT).name);
    expect(within(readOnly).getByTestId('obstacle-response')).toHaveTextContent(
      'Đang bố trí giáo viên tăng cường',
    );
    expect(within(readOnly).queryByRole('textbox')).not.toBeInTheDocument();
    expect(within(readOnly).queryByTestId('remove-obstacle')).not.toBeInTheDocument();
    // Only the open one is editable.
    expect(within(entry).getAllByTestId('entry-obstacle-description')).toHaveLength(1);
    expect(within(entry).getByTestId('entry-obstacle-description')).toHaveValue('Thiếu phòng học');

    await user.click(screen.getByTestId('save-draft'));
    expect(await screen.findByTestId('report-saved')).toBeInTheDocument();
    const [saved] = await bodies<ReportUpdate>(api.requests, 'PUT', `/reports/${report.id}`);
    expect(saved.entries[0].obstacles?.[0]).toEqual({
      id: handled.id,
      description: 'Thiếu giáo viên',
    });
  });
});

describe('the obstacles board', () => {
  function seed() {
    const api = mockApi();
    const gddt = api.reporting.find(ANNUAL, GD_DT);
    const open = api.reporting.addObstacle(gddt, {
      description: 'Thiếu phòng học',
      proposal: 'Đề nghị hỗ trợ kinh phí',
    });
    const resolved = api.reporting.addObstacle(gddt, {
      description: 'Thiếu bàn ghế',
      status: 'RESOLVED',
      response: 'Đã cấp bổ sung',
    });
    // A draft's obstacles are not on the board.
    api.reporting.addObstacle(api.reporting.find(ANNUAL, BO_Y), { description: 'Chưa nộp' });
    return { api, open, resolved };
  }

  it('lists the unresolved obstacles of the period it was opened from', async () => {
    const { api, open, resolved } = seed();
    api.accounts.signIn('dieuphoi');
    const { user } = renderWithProviders(null, { routes, url: `/periods/${ANNUAL}` });
    await user.click(await screen.findByTestId('period-obstacles-link'));

    const row = await screen.findByTestId(`obstacle-row-${open.id}`);
    expect(row).toHaveTextContent(unitRef(GD_DT).name);
    expect(row).toHaveTextContent('Thiếu phòng học');
    expect(row).toHaveTextContent('Đề nghị hỗ trợ kinh phí');
    expect(within(row).getByTestId('obstacle-status')).toHaveTextContent('Chưa xử lý');
    expect(screen.queryByTestId(`obstacle-row-${resolved.id}`)).not.toBeInTheDocument();
    expect(screen.queryByText('Chưa nộp')).not.toBeInTheDocument();
    const [query] = obstacleQueries(api.requests);
    expect(query.get('periodId')).toBe(String(ANNUAL));
    expect(query.getAll('status')).toEqual(['OPEN', 'BEING_HANDLED', 'ESCALATED']);

    await user.click(within(screen.getByTestId('obstacle-status-filter')).getByRole('combobox'));
    await user.click(await screen.findByTitle('Đã giải quyết'));
    expect(await screen.findByTestId(`obstacle-row-${resolved.id}`)).toHaveTextContent(
      'Đã cấp bổ sung',
    );
    expect(obstacleQueries(api.requests).at(-1)?.getAll('status')).toEqual([
      'OPEN',
      'BEING_HANDLED',
      'ESCALATED',
      'RESOLVED',
    ]);
  });

  it('lets the coordinator handle an obstacle; resolving needs a response', async () => {
    const { api, open } = seed();
    api.accounts.signIn('dieuphoi');
    const { user } = renderWithProviders(null, { routes, url: '/plans/1/obstacles' });
    await user.click(await screen.findByTestId(`handle-${open.id}`));

    await user.click(within(screen.getByTestId('handle-status')).getByRole('combobox'));
    await user.click(await screen.findByTitle('Đã giải quyết'));
    await user.click(within(screen.getByTestId('handle-owner')).getByRole('combobox'));
    await user.click(await screen.findByTitle(unitRef(TC_KH).name));
    await user.click(screen.getByTestId('handle-submit'));
    expect(await screen.findByText('Bắt buộc nhập')).toBeInTheDocument();
    expect(api.requests.some((r) => r.method === 'PUT')).toBe(false);

    await enterText(user, screen.getByTestId('handle-response'), 'Đã bố trí kinh phí năm 2027');
    await user.click(screen.getByTestId('handle-submit'));
    expect(await screen.findByTestId('handle-notice')).toBeInTheDocument();
    const [body] = await bodies<ObstacleHandling>(api.requests, 'PUT', `/obstacles/${open.id}`);
    expect(body).toEqual({
      status: 'RESOLVED',
      ownerUnitId: TC_KH,
      response: 'Đã bố trí kinh phí năm 2027',
      version: 1,
    });
    expect(open).toMatchObject({ status: 'RESOLVED', owner: unitRef(TC_KH), version: 2 });
    // Resolved: no longer among the unresolved ones shown by default.
    await waitFor(() =>
      expect(screen.queryByTestId(`obstacle-row-${open.id}`)).not.toBeInTheDocument(),
    );
  });

  it('lets an officer of the owning unit handle it, without handing it on', async () => {
    const { api, open, resolved } = seed();
    open.owner = unitRef(BO_Y);
    api.accounts.signIn('boy');
    const first = renderWithProviders(null, { routes, url: '/plans/1' });
    expect(await screen.findByTestId('plan-obstacles-link')).toHaveAttribute(
      'href',
      '/plans/1/obstacles',
    );
    first.unmount();

    const { user } = renderWithProviders(null, { routes, url: '/plans/1/obstacles' });
    expect(await screen.findByTestId(`obstacle-row-${open.id}`)).toBeInTheDocument();
    expect(screen.queryByTestId(`obstacle-row-${resolved.id}`)).not.toBeInTheDocument();
    await user.click(screen.getByTestId(`handle-${open.id}`));
    await screen.findByTestId('handle-status');
    expect(screen.queryByTestId('handle-owner')).not.toBeInTheDocument();

    await user.click(within(screen.getByTestId('handle-status')).getByRole('combobox'));
    // The status filter shows the same title on its chosen tags: pick the list's option.
    const options = await screen.findAllByTitle('Đang xử lý');
    await user.click(
      options.find((o) => o.classList.contains('ant-select-item-option')) as HTMLElement,
    );
    await enterText(user, screen.getByTestId('handle-response'), 'Xã đang rà soát');
    await user.click(screen.getByTestId('handle-submit'));
    expect(await screen.findByTestId('handle-notice')).toBeInTheDocument();
    const [body] = await bodies<ObstacleHandling>(api.requests, 'PUT', `/obstacles/${open.id}`);
    expect(body).toEqual({ status: 'BEING_HANDLED', response: 'Xã đang rà soát', version: 1 });
    expect(open).toMatchObject({ status: 'BEING_HANDLED', owner: unitRef(BO_Y), version: 2 });
  });

  it('gives a unit officer no "Xử lý" on their obstacles another unit owns', async () => {
    const api = mockApi();
    // Raised in Bờ Y's accepted 6-month review, handed to Phòng TC-KH.
    const raised = api.reporting.addObstacle(api.reporting.find(2, BO_Y), {
      description: 'Thiếu giáo viên',
      owner: unitRef(TC_KH),
    });
    api.accounts.signIn('boy');
    renderWithProviders(null, { routes, url: '/plans/1/obstacles' });
    expect(await screen.findByTestId(`obstacle-row-${raised.id}`)).toBeInTheDocument();
    expect(screen.queryByTestId(`handle-${raised.id}`)).not.toBeInTheDocument();
  });
});

describe('bulk accept', () => {
  it('accepts the selected submitted reports with their versions', async () => {
    const api = mockApi();
    const gddt = api.reporting.find(ANNUAL, GD_DT);
    const boy = api.reporting.find(ANNUAL, BO_Y);
    Object.assign(boy, { status: 'SUBMITTED', submittedAt: '2026-11-25T02:00:00Z', version: 4 });
    api.accounts.signIn('dieuphoi');
    const { user } = renderWithProviders(null, { routes, url: `/periods/${ANNUAL}` });

    const accept = await screen.findByTestId('accept-selected');
    expect(accept).toBeDisabled();
    const draftRow = screen
      .getAllByTestId(/^report-row-/)
      .find((r) => !r.textContent?.includes('Đã nộp'));
    expect(within(draftRow as HTMLElement).getByRole('checkbox')).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: gddt.unit.name }));
    await user.click(screen.getByRole('checkbox', { name: boy.unit.name }));
    expect(accept).toHaveTextContent('(2)');
    await user.click(accept);
    await user.click(await confirmButton('Tiếp nhận'));

    expect(await screen.findByTestId('review-notice')).toHaveTextContent('Đã tiếp nhận 2 báo cáo.');
    const [body] = await bodies<BulkAcceptInput>(api.requests, 'POST', `/periods/${ANNUAL}/accept`);
    expect(body.reports).toHaveLength(2);
    expect(body.reports).toEqual(
      expect.arrayContaining([
        { id: gddt.id, version: 1 },
        { id: boy.id, version: 4 },
      ]),
    );
    expect([gddt.status, boy.status]).toEqual(['ACCEPTED', 'ACCEPTED']);
    await waitFor(() =>
      expect(screen.getByTestId('compliance-figures')).toHaveTextContent('Đã tiếp nhận2'),
    );
  });

  it("shows the server's problem when one of them is stale", async () => {
    const api = mockApi();
    const gddt = api.reporting.find(ANNUAL, GD_DT);
    api.accounts.signIn('dieuphoi');
    const { user } = renderWithProviders(null, { routes, url: `/periods/${ANNUAL}` });
    await user.click(await screen.findByRole('checkbox', { name: gddt.unit.name }));
    gddt.version = 7;
    await user.click(screen.getByTestId('accept-selected'));
    await user.click(await confirmButton('Tiếp nhận'));
    expect(
      await screen.findByText('Báo cáo đã được người khác sửa. Vui lòng tải lại.'),
    ).toBeInTheDocument();
    expect(gddt.status).toBe('SUBMITTED');
  });
});
