import { screen, waitFor } from '@testing-library/react';
import { routes } from '@/app/router';
import { mockApi, renderWithProviders } from '@/testing/test-utils';

describe('resetting a second factor', () => {
  it('offers the reset only where the server allows it, and removes the second factor', async () => {
    const api = mockApi();
    api.accounts.enableTotp('dieuphoi');
    const { user } = renderWithProviders(null, { routes, url: '/users' });

    expect(await screen.findAllByTestId('reset-totp')).toHaveLength(1);
    expect(screen.getAllByTestId('user-totp')).toHaveLength(1);
    await user.click(screen.getByTestId('reset-totp'));
    await user.click(await screen.findByTestId('reset-totp-submit'));

    expect(await screen.findByTestId('reset-totp-done')).toHaveTextContent(
      'Đã gỡ xác thực hai lớp của dieuphoi.',
    );
    await waitFor(() => expect(screen.queryByTestId('user-totp')).not.toBeInTheDocument());
    const reset = api.requests.find((r) => r.method === 'DELETE');
    expect(new URL(reset?.url ?? 'http://x').pathname).toMatch(/^\/api\/v1\/users\/\d+\/totp$/);
  });
});
