import { screen, waitFor, within } from '@testing-library/react';
import { routes } from '@/app/router';
import { NOTIFICATION_POLL_MS } from '@/config/query';
import { notifications } from '@/testing/fixtures/notifications';
import { mockApi, renderWithProviders } from '@/testing/test-utils';

function reads(requests: Request[]) {
  return requests
    .filter((r) => r.method === 'POST' && r.url.includes('/api/v1/me/notifications/'))
    .map((r) => new URL(r.url).pathname);
}

describe('reminder notifications', () => {
  it('counts the unread digests on the bell', async () => {
    const api = mockApi();
    api.accounts.signIn('boy');
    api.accounts.notifications = notifications;
    renderWithProviders(null, { routes, url: '/units/31' });

    const bell = await screen.findByTestId('notifications-bell');
    await waitFor(() => expect(bell).toHaveAttribute('data-unread', '2'));
    expect(bell).toHaveAccessibleName('Nhắc việc: 2 chưa đọc');
    const list = api.requests
      .map((r) => new URL(r.url))
      .find((u) => u.pathname === '/api/v1/me/notifications');
    expect(list?.searchParams.get('page')).toBe('0');
    expect(reads(api.requests)).toEqual([]);
  });

  it('lists the digests with dates, kinds and links, and marks the unread ones read', async () => {
    const api = mockApi();
    api.accounts.signIn('boy');
    api.accounts.notifications = notifications;
    const { user, router } = renderWithProviders(null, { routes, url: '/units/31' });
    const bell = await screen.findByTestId('notifications-bell');
    await waitFor(() => expect(bell).toHaveAttribute('data-unread', '2'));
    await user.click(bell);

    const drawer = await screen.findByTestId('notifications-drawer');
    const newest = within(drawer).getByTestId('notification-3');
    expect(within(newest).getByTestId('notification-date')).toHaveTextContent('27/11/2026');
    expect(newest).toHaveTextContent('Mới');
    const [dueSoon, returned] = within(newest).getAllByTestId('notification-item');
    expect(dueSoon).toHaveTextContent('Sắp đến hạn');
    expect(within(dueSoon).getByRole('link')).toHaveAttribute('href', '/reports/4');
    expect(returned).toHaveTextContent('Bị trả lại');
    expect(returned).toHaveTextContent('bổ sung số liệu');

    const missing = within(within(drawer).getByTestId('notification-2')).getByTestId(
      'notification-item',
    );
    expect(missing).toHaveTextContent('Thiếu báo cáo');
    expect(within(missing).getByRole('link')).toHaveAttribute('href', '/periods/2');

    const old = within(drawer).getByTestId('notification-1');
    expect(old).toHaveTextContent('20/11/2026');
    expect(old).toHaveTextContent('Quá hạn');
    expect(old).not.toHaveTextContent('Mới');

    await waitFor(() =>
      expect(reads(api.requests).sort()).toEqual([
        '/api/v1/me/notifications/2/read',
        '/api/v1/me/notifications/3/read',
      ]),
    );
    await waitFor(() => expect(bell).toHaveAttribute('data-unread', '0'));
    expect(
      api.requests.filter((r) => r.method === 'POST').map((r) => r.headers.get('X-CSRF-Token')),
    ).toEqual(['csrf-2', 'csrf-2']);

    await user.click(within(dueSoon).getByRole('link'));
    await waitFor(() => expect(router.state.location.pathname).toBe('/reports/4'));
  });

  it('asks again every five minutes, not more often', async () => {
    const api = mockApi();
    const { queryClient } = renderWithProviders(null, { routes, url: '/units' });
    await screen.findByTestId('notifications-bell');
    await waitFor(() =>
      expect(api.requests.some((r) => r.url.includes('/api/v1/me/notifications'))).toBe(true),
    );
    const query = queryClient.getQueryCache().find({ queryKey: ['notifications'] });
    const interval = (query?.options as { refetchInterval?: unknown }).refetchInterval;
    expect(interval).toBe(NOTIFICATION_POLL_MS);
    expect(NOTIFICATION_POLL_MS).toBeGreaterThanOrEqual(5 * 60 * 1000);
  });
});
