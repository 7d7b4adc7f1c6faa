import { screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { routes } from '@/app/router';
import { json } from '@/testing/mock-api';
import { mockApi, renderWithProviders } from '@/testing/test-utils';
import type { HistoryEntry } from '@/types/api';

const historyRequests = (requests: Request[]) =>
  requests.map((r) => new URL(r.url)).filter((u) => u.pathname.endsWith('/history'));

describe('change history', () => {
  it("shows the plan's changes newest first, a page at a time", async () => {
    const api = mockApi();
    const { user } = renderWithProviders(null, { routes, url: '/plans/1' });
    await user.click(await screen.findByTestId('plan-history'));

    const drawer = await screen.findByTestId('history-drawer');
    expect(within(drawer).getByText(/Lịch sử thay đổi – Kế hoạch – Số: \/KH-UBND/)).toBeVisible();
    const list = await within(drawer).findByTestId('history-list');
    const entries = within(list).getAllByRole('listitem');
    const newest = within(list).getByTestId('history-entry-23');
    expect(entries[0]).toBe(newest);
    expect(newest).toHaveTextContent(dayjs('2026-01-23T02:30:00Z').format('DD/MM/YYYY HH:mm'));
    expect(newest).toHaveTextContent('Sửa đổi');
    expect(within(newest).getByTestId('history-actor')).toHaveTextContent('admin');
    expect(within(newest).getByTestId('history-change-number')).toHaveTextContent('Số: 22 23');
    expect(within(list).queryByTestId('history-entry-1')).not.toBeInTheDocument();
    expect(historyRequests(api.requests)[0].pathname).toBe('/api/v1/plans/1/history');

    await user.click(within(drawer).getByTestId('history-load-more'));
    const seeded = await within(drawer).findByTestId('history-entry-1');
    expect(within(seeded).getByTestId('history-actor')).toHaveTextContent('Hệ thống');
    expect(within(seeded).getByTestId('history-change-status')).toHaveTextContent(
      'Trạng thái: (trống) DRAFT',
    );
    expect(within(drawer).queryByTestId('history-load-more')).not.toBeInTheDocument();
    await waitFor(() =>
      expect(historyRequests(api.requests).map((u) => u.searchParams.get('page'))).toEqual([
        '0',
        '1',
      ]),
    );
  });

  it("shows a task's changes from its row, dates as dd/MM/yyyy", async () => {
    const api = mockApi();
    const { user } = renderWithProviders(null, { routes, url: '/plans/1?unit=11' });
    await user.click(await screen.findByTestId('task-history-3.a.8'));

    const drawer = await screen.findByTestId('history-drawer');
    expect(within(drawer).getByText('Lịch sử thay đổi – Nhiệm vụ 3.a.8')).toBeInTheDocument();
    const entry = await within(drawer).findByTestId('history-entry-31');
    expect(entry).toHaveTextContent('qua khóa API');
    expect(within(entry).getByTestId('history-change-dueDate')).toHaveTextContent(
      'Hạn hoàn thành: 31/12/2023 30/06/2026',
    );
    const taskId = screen.getByTestId('task-row-3.a.8').getAttribute('data-task-id');
    expect(historyRequests(api.requests)[0].pathname).toBe(`/api/v1/tasks/${taskId}/history`);
  });

  it("shows a unit's history from its page, with the reason a correction gave", async () => {
    const correction: HistoryEntry = {
      revision: 40,
      at: '2026-12-01T01:00:00Z',
      change: 'MODIFIED',
      actor: { userId: null, username: null, via: 'SYSTEM' },
      ip: null,
      note: 'Sửa tên theo cách viết chính thức: trước năm 2025 là xã Pờ Y',
      changes: [
        { field: 'name', before: 'Ủy ban nhân dân xã Bờ Y', after: 'Ủy ban nhân dân xã Pờ Y' },
      ],
    };
    const api = mockApi((url) =>
      url.pathname === '/api/v1/units/11/history'
        ? json({ items: [correction], page: 0, size: 20, totalItems: 1, totalPages: 1 })
        : undefined,
    );
    const { user } = renderWithProviders(null, { routes, url: '/units/11' });
    await user.click(await screen.findByTestId('unit-history'));

    const drawer = await screen.findByTestId('history-drawer');
    expect(within(drawer).getByText(/Phòng Giáo dục và Đào tạo/)).toBeInTheDocument();
    const entry = await within(drawer).findByTestId('history-entry-40');
    expect(within(entry).getByTestId('history-note')).toHaveTextContent(
      'Sửa tên theo cách viết chính thức: trước năm 2025 là xã Pờ Y',
    );
    expect(within(entry).getByTestId('history-actor')).toHaveTextContent('Hệ thống');
    expect(historyRequests(api.requests)[0].pathname).toBe('/api/v1/units/11/history');
  });
});
