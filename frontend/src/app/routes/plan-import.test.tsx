import { screen, waitFor, within } from '@testing-library/react';
import { routes } from '@/app/router';
import { json } from '@/testing/mock-api';
import { draftPlan, NEW_UNIT_KEY } from '@/testing/mock-plan-imports';
import { stubXhrOverFetch } from '@/testing/mock-xhr';
import { stubNodeMultipart } from '@/testing/node-multipart';
import { mockApi, renderWithProviders, enterText } from '@/testing/test-utils';

const OFFICE = 16;
const OFFICE_NAME = 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện';

const LEAD_PATH = 'tasks[0].items[0].body[1].block';

/** Picks `name` among the options of the Select inside `container`, after typing `query`. */
async function pick(
  user: ReturnType<typeof renderWithProviders>['user'],
  container: HTMLElement,
  query: string,
  name: string,
) {
  const select = within(container).getByRole('combobox');
  await user.click(select);
  await user.type(select, query);
  const options = await screen.findAllByTitle(name);
  const option = options.find((el) => el.classList.contains('ant-select-item-option'));
  await user.click(option as HTMLElement);
}

const requestsTo = (requests: Request[], method: string, path: string) =>
  requests.filter((r) => r.method === method && new URL(r.url).pathname === path);

describe('importing a plan from a document', () => {
  it('uploads a .txt from the plans page and lands on the review page', async () => {
    await stubNodeMultipart();
    stubXhrOverFetch();
    const api = mockApi();
    const { user, router } = renderWithProviders(null, { routes, url: '/plans' });
    await user.click(await screen.findByTestId('plans-import'));
    expect(await screen.findByTestId('import-heading')).toHaveTextContent(
      'Nhập kế hoạch từ văn bản',
    );

    const text = 'ỦY BAN NHÂN DÂN HUYỆN NGỌC HỒI\nKẾ HOẠCH\nPhát triển văn hóa cơ sở';
    await user.upload(
      screen.getByTestId('import-file'),
      new File([text], 'ke-hoach.txt', { type: 'text/plain' }),
    );
    await user.click(screen.getByTestId('import-upload'));

    await waitFor(() => expect(router.state.location.pathname).toBe('/plan-imports/1'));
    expect(await screen.findByTestId('import-source')).toHaveTextContent(
      'Phát triển văn hóa cơ sở',
    );
    // The page shows the upload's answer: no second request for the draft.
    expect(requestsTo(api.requests, 'GET', '/api/v1/plan-imports/1')).toHaveLength(0);
    const [upload] = requestsTo(api.requests, 'POST', '/api/v1/plan-imports/file');
    expect(upload.headers.get('Accept-Language')).toBe('vi');
    expect(upload.headers.get('X-CSRF-Token')).toBeTruthy();
    expect(api.planImports.get(1)?.sourceName).toBe('ke-hoach.txt');
  });

  it('lists the drafts still waiting on the import page, each opening its review', async () => {
    const api = mockApi();
    api.planImports.create('Văn bản', 'ke-hoach-van-hoa.docx');
    const { user, router } = renderWithProviders(null, { routes, url: '/plan-imports/new' });

    const pending = await screen.findByTestId('import-pending');
    expect(pending).toHaveTextContent('Bản nháp đang chờ xác nhận (1)');
    expect(pending).toHaveTextContent('ke-hoach-van-hoa.docx');
    await user.click(
      within(pending).getByText('Kế hoạch phát triển văn hóa cơ sở giai đoạn 2024 - 2025'),
    );
    await waitFor(() => expect(router.state.location.pathname).toBe('/plan-imports/1'));
  });

  it('resolves an unknown unit with an existing one, saves, then allows confirming', async () => {
    const api = mockApi();
    api.planImports.create('Văn bản', null);
    const { user } = renderWithProviders(null, { routes, url: '/plan-imports/1' });

    const card = await screen.findByTestId(`import-unit-${NEW_UNIT_KEY}`);
    expect(within(card).getByTestId(`unit-status-${NEW_UNIT_KEY}`)).toHaveTextContent(
      'Chưa xác định',
    );
    expect(screen.getByTestId('import-problems')).toHaveTextContent('Phòng Văn hóa và Thông tin');
    expect(screen.getByTestId('import-confirm')).toBeDisabled();

    expect(within(card).getByTestId(`unit-choice-${NEW_UNIT_KEY}`)).toBeInTheDocument();
    await pick(user, card, 'van phong', OFFICE_NAME);
    expect(within(card).getByTestId(`unit-status-${NEW_UNIT_KEY}`)).toHaveTextContent(
      'Đã xác định',
    );
    // Unsaved changes: confirm waits for the save.
    expect(screen.getByTestId('import-confirm')).toBeDisabled();

    await user.click(screen.getByTestId('import-save'));
    await waitFor(() => expect(screen.getByTestId('import-confirm')).toBeEnabled());
    const [put] = requestsTo(api.requests, 'PUT', '/api/v1/plan-imports/1');
    expect(await put.clone().json()).toEqual({
      plan: draftPlan(),
      units: [{ key: NEW_UNIT_KEY, unitId: OFFICE }],
      version: 1,
    });
    expect(screen.queryByTestId('import-problems')).not.toBeInTheDocument();
    expect(api.planImports.get(1)?.units[0]).toMatchObject({ unitId: OFFICE, resolved: true });
  });

  it('confirms a draft without problems and opens the new plan', async () => {
    const api = mockApi();
    const plan = draftPlan();
    const block = plan.tasks?.[0].items?.[0].body?.[1].block;
    if (block) block.lead = 'unit-13';
    api.planImports.create('Văn bản', 'ke-hoach.docx', plan);
    const { user, router } = renderWithProviders(null, { routes, url: '/plan-imports/1' });

    const confirm = await screen.findByTestId('import-confirm');
    expect(screen.getByTestId('import-summary')).toHaveTextContent('không còn vấn đề');
    expect(screen.getByTestId('import-tasks')).toHaveTextContent('Phòng Tư pháp');
    await user.click(confirm);

    await waitFor(() => expect(router.state.location.pathname).toBe('/plans/1'));
    const [post] = requestsTo(api.requests, 'POST', '/api/v1/plan-imports/1/confirm');
    expect(await post.clone().json()).toEqual({ version: 1 });
    expect(api.planImports.get(1)?.status).toBe('CONFIRMED');
  });

  it('creates a new unit of the chosen kind and name', async () => {
    const api = mockApi();
    api.planImports.create('Văn bản', null);
    const { user } = renderWithProviders(null, { routes, url: '/plan-imports/1' });
    const card = await screen.findByTestId(`import-unit-${NEW_UNIT_KEY}`);

    await user.click(within(card).getByTestId(`unit-create-${NEW_UNIT_KEY}`));
    const name = within(card).getByTestId(`unit-name-${NEW_UNIT_KEY}`);
    expect(name).toHaveValue('Phòng Văn hóa và Thông tin');
    await user.clear(name);
    await enterText(user, name, 'Phòng Văn hóa - Thông tin');
    await user.click(
      within(within(card).getByTestId(`unit-kind-${NEW_UNIT_KEY}`)).getByRole('combobox'),
    );
    const options = await screen.findAllByTitle('Đơn vị sự nghiệp');
    await user.click(
      options.find((el) => el.classList.contains('ant-select-item-option')) as HTMLElement,
    );
    await user.click(screen.getByTestId('import-save'));

    await waitFor(() => expect(screen.getByTestId('import-confirm')).toBeEnabled());
    const [put] = requestsTo(api.requests, 'PUT', '/api/v1/plan-imports/1');
    expect((await put.clone().json()).units).toEqual([
      { key: NEW_UNIT_KEY, kind: 'PUBLIC_SERVICE_UNIT', name: 'Phòng Văn hóa - Thông tin' },
    ]);
    expect(api.planImports.get(1)?.units[0]).toMatchObject({
      kind: 'PUBLIC_SERVICE_UNIT',
      newName: 'Phòng Văn hóa - Thông tin',
      resolved: true,
    });
  });

  it('flags a block without a lead and sets one picked by search', async () => {
    const api = mockApi();
    const plan = draftPlan();
    const block = plan.tasks?.[0].items?.[0].body?.[1].block;
    if (block) Object.assign(block, { lead: null, implementing: [] });
    api.planImports.create('Văn bản', null, plan);
    const { user } = renderWithProviders(null, { routes, url: '/plan-imports/1' });

    const entry = await screen.findByTestId(`import-entry-tasks[0].items[0].body[1]`);
    expect(entry).toHaveAttribute('data-flagged', 'true');
    expect(entry).toHaveTextContent('Nhiệm vụ chưa có đơn vị chủ trì.');
    await pick(user, screen.getByTestId(`import-lead-${LEAD_PATH}`), 'tu phap', 'Phòng Tư pháp');
    await user.click(screen.getByTestId('import-save'));

    await waitFor(() => expect(screen.getByTestId('import-confirm')).toBeEnabled());
    const [put] = requestsTo(api.requests, 'PUT', '/api/v1/plan-imports/1');
    const body = (await put.clone().json()) as { plan: typeof plan };
    expect(body.plan.tasks?.[0].items?.[0].body?.[1].block?.lead).toBe('unit-13');
    const saved = screen.getByTestId(`import-entry-tasks[0].items[0].body[1]`);
    expect(saved).toHaveAttribute('data-flagged', 'false');
    expect(saved).toHaveTextContent('Chủ trì: Phòng Tư pháp');
  });

  it("shows the server's 409 and keeps the edits", async () => {
    mockApi((url, request) =>
      request.method === 'PUT' && url.pathname === '/api/v1/plan-imports/1'
        ? json(
            {
              title: 'Dữ liệu đã thay đổi',
              status: 409,
              detail: 'Bản nháp đã được sửa ở nơi khác. Vui lòng tải lại.',
              code: 'STALE_VERSION',
            },
            409,
          )
        : undefined,
    ).planImports.create('Văn bản', null);
    const { user } = renderWithProviders(null, { routes, url: '/plan-imports/1' });
    const title = within(await screen.findByTestId('import-field-title')).getByRole('textbox');
    await enterText(user, title, ' (sửa)');
    await user.click(screen.getByTestId('import-save'));

    expect(await screen.findByTestId('error-alert')).toHaveTextContent(
      'Bản nháp đã được sửa ở nơi khác',
    );
    expect(title).toHaveValue('Kế hoạch phát triển văn hóa cơ sở giai đoạn 2024 - 2025 (sửa)');
    expect(screen.getByTestId('import-confirm')).toBeDisabled();
  });

  it('discards the draft after asking, then shows the plans', async () => {
    const api = mockApi();
    api.planImports.create('Văn bản', null);
    const { user, router } = renderWithProviders(null, { routes, url: '/plan-imports/1' });
    await user.click(await screen.findByTestId('import-discard'));
    await user.click(await screen.findByTestId('import-discard-ok'));

    await waitFor(() => expect(router.state.location.pathname).toBe('/plans'));
    const [del] = requestsTo(api.requests, 'DELETE', '/api/v1/plan-imports/1');
    expect(new URL(del.url).searchParams.get('version')).toBe('1');
    expect(api.planImports.get(1)).toBeUndefined();
  });

  it('links a confirmed import to its plan instead of the form', async () => {
    const api = mockApi();
    const created = api.planImports.create('Văn bản', null);
    Object.assign(created, { status: 'CONFIRMED', planId: 1 });
    renderWithProviders(null, { routes, url: '/plan-imports/1' });
    expect(await screen.findByTestId('import-plan-link')).toHaveAttribute('href', '/plans/1');
    expect(screen.queryByTestId('import-save')).not.toBeInTheDocument();
  });
});
