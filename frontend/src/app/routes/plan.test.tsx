import { act, screen, waitFor, within } from '@testing-library/react';
import { routes } from '@/app/router';
import { taskTree } from '@/testing/fixtures/ngoc-hoi-plan';
import { overdueTasks } from '@/testing/fixtures/overdue-tasks';
import { json, problem } from '@/testing/mock-api';
import { mockApi, renderWithProviders, enterText } from '@/testing/test-utils';
import type { TaskNode } from '@/types/api';

function lastTasksRequest(requests: Request[]) {
  const found = requests.map((r) => new URL(r.url)).filter((u) => u.pathname.endsWith('/tasks'));
  return found[found.length - 1];
}

describe('plan page', () => {
  it('shows the draft plan: number placeholder, year, targets and the task tree', async () => {
    const api = mockApi();
    renderWithProviders(null, { routes, url: '/plans/1' });

    expect(await screen.findByTestId('plan-heading')).toHaveTextContent('Kế hoạch – Số: /KH-UBND');
    // The place is kept as issued, typo included.
    expect(screen.getByText(/Ngọc Hôi, năm 2023/)).toBeInTheDocument();
    expect(screen.getByTestId('plan-status')).toHaveTextContent('Dự thảo');
    expect(screen.getByTestId('plan-title')).toHaveTextContent('Chỉ thị số 21-CT/TW');

    expect(screen.getByTestId('target-range-1')).toHaveTextContent('45–50 %');
    expect(screen.getByTestId('target-range-2')).toHaveTextContent('khoảng 50 %');
    expect(screen.getByTestId('target-range-3')).toHaveTextContent('Định tính');

    const action = await screen.findByTestId('task-row-3.a.8');
    expect(action).toHaveTextContent('Tăng cường công tác phân luồng học sinh');
    expect(within(action).getByRole('link', { name: 'Phòng GD&ĐT' })).toHaveAttribute(
      'href',
      '/units/11',
    );
    expect(within(action).getAllByTestId('timeframe-badge')[0]).toHaveTextContent('Thường xuyên');

    // 1.a is due in December 2023, long past: red.
    const due = within(screen.getByTestId('task-row-1.a')).getAllByTestId('timeframe-badge')[0];
    expect(due).toHaveTextContent('Hạn 31/12/2023');
    expect(due).toHaveAttribute('data-state', 'overdue');

    // One block covers 3.a.1–7: its details follow the last of them, once.
    expect(
      within(screen.getByTestId('task-row-3.a.7')).getByText(/Các Phòng, ban, ngành huyện/),
    ).toBeInTheDocument();
    expect(
      within(screen.getByTestId('task-row-3.a.6')).queryByText(/Các Phòng, ban, ngành huyện/),
    ).not.toBeInTheDocument();

    expect(api.requests.every((r) => r.headers.get('Accept-Language') === 'vi')).toBe(true);
  });

  it('shows the flat list of what a unit owes when the URL filters by unit', async () => {
    const api = mockApi();
    renderWithProviders(null, { routes, url: '/plans/1?unit=11' });

    const row = await screen.findByTestId('task-row-3.a.8');
    expect(screen.getByTestId('task-list')).toBeInTheDocument();
    expect(within(row).getByTestId('role-LEAD')).toHaveTextContent('Chủ trì');
    expect(screen.queryByTestId('task-row-3.b.1')).not.toBeInTheDocument();
    expect(
      within(screen.getByTestId('task-row-3.a.1')).getByTestId('role-COORDINATING'),
    ).toHaveTextContent('Phối hợp · qua nhóm Các Phòng, ban, ngành huyện');
    expect(lastTasksRequest(api.requests).searchParams.get('unitId')).toBe('11');
  });

  it("asks the API for a group's tasks, with the group's role, and applies the role filter", async () => {
    const api = mockApi();
    renderWithProviders(null, { routes, url: '/plans/1?group=101&role=IMPLEMENTING' });

    const row = await screen.findByTestId('task-row-1.a');
    expect(within(row).getByTestId('role-IMPLEMENTING')).toHaveTextContent(
      'Thực hiện · qua nhóm Ủy ban nhân dân các xã, thị trấn',
    );
    // The communes only coordinate 3.a.8: the role filter leaves it out.
    expect(screen.queryByTestId('task-row-3.a.8')).not.toBeInTheDocument();
    expect(screen.getByTestId('task-count')).toHaveTextContent('1 nhiệm vụ');
    const request = lastTasksRequest(api.requests);
    expect(request.searchParams.get('groupId')).toBe('101');
    expect(request.searchParams.get('unitId')).toBeNull();
    expect(request.searchParams.get('role')).toBe('IMPLEMENTING');
    expect(
      within(screen.getByTestId('unit-filter')).getByText('Ủy ban nhân dân các xã, thị trấn'),
    ).toBeInTheDocument();
  });

  it('picks a group and pages its tasks on the server', async () => {
    const api = mockApi();
    const { user, router } = renderWithProviders(null, { routes, url: '/plans/1?unit=11&page=2' });
    await screen.findByTestId('task-list');

    const select = within(screen.getByTestId('unit-filter')).getByRole('combobox');
    await user.click(select);
    await user.type(select, 'cac xa');
    const options = await screen.findAllByTitle('Ủy ban nhân dân các xã, thị trấn');
    const option = options.find((el) => el.classList.contains('ant-select-item-option'));
    expect(option).toBeDefined();
    await user.click(option as HTMLElement);

    // The group replaces the unit and the list starts again at the first page.
    await waitFor(() => expect(router.state.location.search).toBe('?group=101'));
    const row = await screen.findByTestId('task-row-3.a.8');
    expect(within(row).getByTestId('role-COORDINATING')).toHaveTextContent(
      'Phối hợp · qua nhóm Ủy ban nhân dân các xã, thị trấn',
    );
    expect(
      within(screen.getByTestId('task-row-1.a')).getByTestId('role-IMPLEMENTING'),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('task-row-3.b.1')).not.toBeInTheDocument();
    const request = lastTasksRequest(api.requests);
    expect(request.searchParams.get('groupId')).toBe('101');
    expect(request.searchParams.get('unitId')).toBeNull();
    expect(request.searchParams.get('page')).toBe('0');
    expect(request.searchParams.get('size')).toBe('50');
  });

  it("shows the server's pages of a group's tasks", async () => {
    const api = mockApi((url) =>
      url.pathname === '/api/v1/plans/1/tasks' && url.searchParams.get('groupId') === '101'
        ? json({ items: [], page: 1, size: 50, totalItems: 120, totalPages: 3 })
        : undefined,
    );
    const { user, router } = renderWithProviders(null, {
      routes,
      url: '/plans/1?group=101&page=2',
    });

    expect(await screen.findByTestId('task-count')).toHaveTextContent('120 nhiệm vụ');
    expect(lastTasksRequest(api.requests).searchParams.get('page')).toBe('1');
    await user.click(screen.getByTitle('3'));
    await waitFor(() => expect(router.state.location.search).toBe('?group=101&page=3'));
    await waitFor(() => expect(lastTasksRequest(api.requests).searchParams.get('page')).toBe('2'));
    expect(lastTasksRequest(api.requests).searchParams.get('groupId')).toBe('101');
  });

  it('picks a unit typed without diacritics and puts it in the URL', async () => {
    const api = mockApi();
    const { user, router } = renderWithProviders(null, { routes, url: '/plans/1' });
    await screen.findByTestId('task-tree');

    const select = within(screen.getByTestId('unit-filter')).getByRole('combobox');
    await user.click(select);
    await enterText(user, select, 'giao duc');
    const options = await screen.findAllByTitle('Phòng Giáo dục và Đào tạo');
    const option = options.find((el) => el.classList.contains('ant-select-item-option'));
    expect(option).toBeDefined();
    await user.click(option as HTMLElement);

    await waitFor(() => expect(router.state.location.search).toBe('?unit=11'));
    expect(await screen.findByTestId('task-list')).toBeInTheDocument();
    expect(await screen.findByTestId('task-row-3.a.8')).toBeInTheDocument();
    expect(screen.queryByTestId('task-row-3.b.1')).not.toBeInTheDocument();
    expect(lastTasksRequest(api.requests).searchParams.get('unitId')).toBe('11');
  });

  it('searches 300 ms after typing stops, without diacritics', async () => {
    const api = mockApi();
    const { user, router } = renderWithProviders(null, { routes, url: '/plans/1' });
    await screen.findByTestId('task-tree');

    await enterText(user, screen.getByTestId('search-input'), 'lao dong');
    expect(api.requests.some((r) => r.url.includes('/tasks'))).toBe(false);

    await waitFor(() => expect(router.state.location.search).toBe('?q=lao+dong'), {
      timeout: 2000,
    });
    const list = await screen.findByTestId('task-list');
    expect(within(list).getByTestId('task-row-2.a')).toHaveTextContent('thị trường lao động');
    expect(lastTasksRequest(api.requests).searchParams.get('q')).toBe('lao dong');
    expect(screen.getByTestId('task-count')).not.toHaveTextContent(/^0 /);

    await user.click(screen.getByTestId('clear-filters'));
    expect(await screen.findByTestId('task-tree')).toBeInTheDocument();
    expect(screen.getByTestId('search-input')).toHaveValue('');
  });

  it('shows the problem detail when the plan does not exist', async () => {
    mockApi((url) =>
      url.pathname === '/api/v1/plans/99'
        ? problem(404, 'Không tìm thấy kế hoạch', 'Không có kế hoạch số 99.')
        : undefined,
    );
    renderWithProviders(null, { routes, url: '/plans/99' });
    const alert = await screen.findByTestId('error-alert');
    expect(alert).toHaveTextContent('Không tìm thấy kế hoạch');
    expect(alert).toHaveTextContent('Không có kế hoạch số 99.');
  });

  it('lists the overdue tasks with days overdue, lead and its progress', async () => {
    const api = mockApi();
    api.reporting.overdueTasks = overdueTasks;
    renderWithProviders(null, { routes, url: '/plans/1' });

    const card = await screen.findByTestId('overdue-tasks');
    expect(card).toHaveTextContent('Nhiệm vụ quá hạn');
    const first = within(card).getByTestId('overdue-task-1.a');
    expect(first).toHaveTextContent('Tổ chức nghiên cứu, quán triệt');
    expect(first).toHaveTextContent('Hạn 31/12/2023');
    expect(within(first).getByTestId('days-overdue')).toHaveTextContent('quá hạn 1062 ngày');
    expect(within(first).getByTestId('days-overdue')).toHaveClass('ant-typography-danger');
    expect(within(first).getByTestId('lead-progress')).toHaveTextContent('chưa báo cáo');

    const second = within(card).getByTestId('overdue-task-2.a');
    expect(second).toHaveTextContent('Hạn 31/10/2026');
    expect(within(second).getByRole('link', { name: 'Phòng LĐTBXH' })).toHaveAttribute(
      'href',
      '/units/10',
    );
    expect(within(second).getByTestId('lead-progress')).toHaveTextContent('Đang thực hiện');

    const request = api.requests
      .map((r) => new URL(r.url))
      .find((u) => u.pathname === '/api/v1/plans/1/overdue-tasks');
    expect(request?.searchParams.get('page')).toBe('0');
  });

  it('hides the overdue tasks card when there are none', async () => {
    const api = mockApi();
    renderWithProviders(null, { routes, url: '/plans/1' });
    expect(await screen.findByTestId('task-tree')).toBeInTheDocument();
    await waitFor(() =>
      expect(
        api.requests.some((r) => new URL(r.url).pathname === '/api/v1/plans/1/overdue-tasks'),
      ).toBe(true),
    );
    await act(async () => {});
    expect(screen.queryByTestId('overdue-tasks')).not.toBeInTheDocument();
  });

  it('goes from / straight to the only plan', async () => {
    mockApi();
    const { router } = renderWithProviders(null, { routes, url: '/' });
    await waitFor(() => expect(router.state.location.pathname).toBe('/plans/1'));
    await act(async () => {});
    expect(await screen.findByTestId('plan-heading')).toBeInTheDocument();
  });
});

describe('plan page as of a day', () => {
  const successor = { id: 900, name: 'Phòng Văn hóa - Xã hội', shortName: null };

  /** The fixture tree with the block of 3.a.8 saying who carries its closed units. */
  function treeWithCarriers(nodes: TaskNode[]): TaskNode[] {
    return nodes.map((node) => ({
      ...node,
      assignment:
        node.code === '3.a.8' && node.assignment
          ? {
              ...node.assignment,
              carriers: [
                { unitId: 10, carriedBy: [successor] },
                { unitId: 11, carriedBy: [] },
              ],
            }
          : node.assignment,
      children: treeWithCarriers(node.children),
    }));
  }

  it('keeps asOf in the URL, asks for the organisation of that day and says who carries closed units', async () => {
    const asked: (string | null)[] = [];
    const api = mockApi((url) => {
      if (url.pathname !== '/api/v1/plans/1/task-tree') return undefined;
      asked.push(url.searchParams.get('asOf'));
      return json(treeWithCarriers(taskTree));
    });
    const { user, router } = renderWithProviders(null, {
      routes,
      url: '/plans/1?asOf=2025-07-01',
    });
    const action = await screen.findByTestId('task-row-3.a.8');
    expect(asked).toContain('2025-07-01');
    expect(screen.getByLabelText('Tổ chức vào ngày')).toHaveValue('01/07/2025');
    const block = within(action).getByTestId(/^assignment-block-/);
    const blockId = block.dataset.testid?.replace('assignment-block-', '');
    expect(within(block).getByTestId(`carried-by-${blockId}-10`)).toHaveTextContent(
      '(nay: Phòng Văn hóa - Xã hội)',
    );
    expect(within(block).getByTestId(`carried-by-${blockId}-11`)).toHaveTextContent(
      '(nay: không đơn vị nào nhận)',
    );

    // Another day: the URL and the request follow; a filter keeps the day.
    const picker = screen.getByLabelText('Tổ chức vào ngày');
    await user.clear(picker);
    await user.type(picker, '02/07/2025{Enter}');
    await waitFor(() => expect(router.state.location.search).toContain('asOf=2025-07-02'));
    await waitFor(() => expect(asked).toContain('2025-07-02'));
    await user.type(screen.getByPlaceholderText('Tìm theo nội dung (gõ không dấu được)'), 'lao');
    await waitFor(() =>
      expect(lastTasksRequest(api.requests)?.searchParams.get('asOf')).toBe('2025-07-02'),
    );
    expect(router.state.location.search).toContain('asOf=2025-07-02');
  });
});
