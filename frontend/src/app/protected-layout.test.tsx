import { screen, waitFor } from '@testing-library/react';
import { routes } from '@/app/router';
import { PASSWORD } from '@/testing/fixtures/accounts';
import { mockApi, renderWithProviders, enterText } from '@/testing/test-utils';

describe('signed-in frame', () => {
  it('shows a unit officer their name, role and only the navigation they may use', async () => {
    const api = mockApi();
    api.accounts.signIn('boy');
    renderWithProviders(null, { routes, url: '/units/31' });

    expect(await screen.findByTestId('user-display-name')).toHaveTextContent('Y Bờ');
    expect(screen.getByTestId('user-role')).toHaveTextContent('Cán bộ đơn vị');
    expect(screen.getByTestId('nav-plans')).toHaveTextContent('Kế hoạch');
    expect(screen.getByTestId('nav-tokens')).toHaveTextContent('Khóa API');
    expect(screen.queryByText('Người dùng')).not.toBeInTheDocument();
    expect(screen.queryByTestId('nav-users')).not.toBeInTheDocument();
    expect(screen.queryByTestId('nav-security-events')).not.toBeInTheDocument();
  });

  it('shows an administrator the users and the security log', async () => {
    mockApi();
    renderWithProviders(null, { routes, url: '/units' });
    expect(await screen.findByTestId('nav-users')).toHaveTextContent('Người dùng');
    expect(screen.getByTestId('nav-security-events')).toHaveTextContent('Nhật ký bảo mật');
    expect(screen.getByTestId('user-role')).toHaveTextContent('Quản trị viên');
  });

  it('refuses the users page to a unit officer', async () => {
    const api = mockApi();
    api.accounts.signIn('boy');
    renderWithProviders(null, { routes, url: '/users' });
    expect(await screen.findByTestId('forbidden')).toHaveTextContent(
      'Bạn không có quyền xem trang này.',
    );
    expect(api.requests.some((r) => r.url.includes('/api/v1/users'))).toBe(false);
  });

  it("changes the password, sending the session's CSRF token with the write only", async () => {
    const api = mockApi();
    const { user } = renderWithProviders(null, { routes, url: '/units' });
    await user.click(await screen.findByTestId('user-menu'));
    await user.click(await screen.findByTestId('menu-change-password'));

    await enterText(user, await screen.findByLabelText('Mật khẩu hiện tại'), 'mat-khau-sai-1');
    await enterText(user, screen.getByLabelText('Mật khẩu mới'), 'mat-khau-moi-12');
    await enterText(user, screen.getByLabelText('Nhập lại mật khẩu mới'), 'mat-khau-moi-12');
    await user.click(screen.getByTestId('change-password-submit'));
    // The current password is wrong: the server's message shows on that field.
    expect(await screen.findByText('Mật khẩu hiện tại không đúng.')).toBeInTheDocument();

    await user.clear(screen.getByLabelText('Mật khẩu hiện tại'));
    await enterText(user, screen.getByLabelText('Mật khẩu hiện tại'), PASSWORD);
    await user.click(screen.getByTestId('change-password-submit'));
    expect(await screen.findByText(/Đã đổi mật khẩu/)).toBeInTheDocument();

    const writes = api.requests.filter((r) => r.method !== 'GET');
    expect(writes.map((r) => new URL(r.url).pathname)).toEqual([
      '/api/v1/me/password',
      '/api/v1/me/password',
    ]);
    const csrf = api.accounts.currentSession?.csrfToken;
    expect(csrf).toBeTruthy();
    expect(writes.every((r) => r.headers.get('X-CSRF-Token') === csrf)).toBe(true);
    const reads = api.requests.filter((r) => r.method === 'GET');
    expect(reads.some((r) => r.headers.has('X-CSRF-Token'))).toBe(false);
  });

  it('checks the new password twice before sending it', async () => {
    const api = mockApi();
    const { user } = renderWithProviders(null, { routes, url: '/units' });
    await user.click(await screen.findByTestId('user-menu'));
    await user.click(await screen.findByTestId('menu-change-password'));
    await enterText(user, await screen.findByLabelText('Mật khẩu hiện tại'), PASSWORD);
    await user.type(screen.getByLabelText('Mật khẩu mới'), 'ngan');
    await user.type(screen.getByLabelText('Nhập lại mật khẩu mới'), 'khac');
    await user.click(screen.getByTestId('change-password-submit'));

    expect(await screen.findByText('Mật khẩu phải có ít nhất 10 ký tự')).toBeInTheDocument();
    expect(screen.getByText('Hai lần nhập mật khẩu mới không giống nhau')).toBeInTheDocument();
    expect(api.requests.some((r) => r.method === 'PUT')).toBe(false);
  });

  it('signs out: ends the session, forgets the cached data and goes to /login', async () => {
    const api = mockApi();
    const { user, router, queryClient } = renderWithProviders(null, { routes, url: '/units' });
    await user.click(await screen.findByTestId('user-menu'));
    expect(await screen.findByTestId('user-menu-who')).toHaveTextContent(
      'Quản trị hệ thống · Quản trị viên',
    );
    await user.click(screen.getByTestId('menu-logout'));

    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(await screen.findByLabelText('Tên đăng nhập')).toBeInTheDocument();
    const logout = api.requests.find((r) => r.method === 'DELETE');
    expect(new URL(logout?.url ?? '').pathname).toBe('/api/v1/session');
    expect(logout?.headers.get('X-CSRF-Token')).toBe('csrf-1');
    expect(api.accounts.currentSession).toBeNull();
    expect(queryClient.getQueryData(['units', 'tree'])).toBeUndefined();
  });
});
