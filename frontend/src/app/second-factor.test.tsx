import { screen, waitFor } from '@testing-library/react';
import { routes } from '@/app/router';
import { PASSWORD } from '@/testing/fixtures/accounts';
import { TOTP_CODES, TOTP_SECRET } from '@/testing/mock-accounts';
import { mockApi, renderWithProviders, enterText } from '@/testing/test-utils';

const logins = (api: ReturnType<typeof mockApi>) =>
  api.requests.filter((r) => new URL(r.url).pathname === '/api/v1/session' && r.method === 'POST');

describe('two-step sign-in', () => {
  it('asks for the code once the server answers OTP_REQUIRED, and signs in with it', async () => {
    const api = mockApi();
    api.accounts.enableTotp('dieuphoi');
    api.accounts.signOut();
    const { user, router } = renderWithProviders(null, { routes, url: '/login' });

    await enterText(user, await screen.findByLabelText('Tên đăng nhập'), 'dieuphoi');
    await enterText(user, screen.getByLabelText('Mật khẩu'), PASSWORD);
    expect(screen.queryByTestId('login-otp')).not.toBeInTheDocument();
    await user.click(screen.getByTestId('login-submit'));

    expect(await screen.findByTestId('login-error')).toHaveTextContent(
      'Tài khoản này có xác thực hai lớp',
    );
    expect(api.accounts.currentSession).toBeNull();
    await user.type(await screen.findByTestId('login-otp'), '000000');
    await user.click(screen.getByTestId('login-submit'));
    expect(await screen.findByTestId('login-error')).toHaveTextContent('Mã không đúng');
    expect(api.accounts.currentSession).toBeNull();

    await user.clear(screen.getByTestId('login-otp'));
    await enterText(user, screen.getByTestId('login-otp'), TOTP_CODES[0]);
    await user.click(screen.getByTestId('login-submit'));

    await waitFor(() => expect(router.state.location.pathname).not.toBe('/login'));
    expect(api.accounts.currentSession?.user.username).toBe('dieuphoi');
    const sent = await Promise.all(logins(api).map((r) => r.clone().json()));
    expect(sent).toEqual([
      { username: 'dieuphoi', password: PASSWORD },
      { username: 'dieuphoi', password: PASSWORD, otp: '000000' },
      { username: 'dieuphoi', password: PASSWORD, otp: TOTP_CODES[0] },
    ]);
  });

  it('does not ask for a code when the account has no second factor', async () => {
    const api = mockApi();
    api.accounts.signOut();
    const { user, router } = renderWithProviders(null, { routes, url: '/login' });
    await enterText(user, await screen.findByLabelText('Tên đăng nhập'), 'dieuphoi');
    await enterText(user, screen.getByLabelText('Mật khẩu'), PASSWORD);
    await user.click(screen.getByTestId('login-submit'));
    await waitFor(() => expect(router.state.location.pathname).not.toBe('/login'));
    expect(screen.queryByTestId('login-otp')).not.toBeInTheDocument();
  });

  it('sets up the second factor from the user menu: QR code, key, then a code turns it on', async () => {
    const api = mockApi();
    api.accounts.signIn('dieuphoi');
    const { user } = renderWithProviders(null, { routes, url: '/units' });
    await user.click(await screen.findByTestId('user-menu'));
    await user.click(await screen.findByTestId('menu-second-factor'));

    expect(await screen.findByTestId('totp-qr')).toHaveAttribute(
      'src',
      expect.stringMatching(/^data:image\/svg\+xml/),
    );
    expect(screen.getByTestId('totp-secret')).toHaveTextContent(TOTP_SECRET);
    await user.type(screen.getByTestId('totp-code'), '000000');
    await user.click(screen.getByTestId('totp-confirm'));
    expect(await screen.findByText(/không phải mã hiện tại/)).toBeInTheDocument();
    expect(api.accounts.currentSession?.user.totpEnabled).toBe(false);

    await user.clear(screen.getByTestId('totp-code'));
    await enterText(user, screen.getByTestId('totp-code'), TOTP_CODES[1]);
    await user.click(screen.getByTestId('totp-confirm'));
    expect(await screen.findByTestId('totp-done')).toHaveTextContent('Đã bật xác thực hai lớp');
    expect(api.accounts.currentSession?.user.totpEnabled).toBe(true);

    const close = screen.getAllByRole('button', { name: 'Đóng' });
    await user.click(close[close.length - 1]);
    await user.click(await screen.findByTestId('user-menu'));
    expect(await screen.findByTestId('menu-second-factor')).toHaveTextContent(
      'Tắt xác thực hai lớp',
    );
  });

  it('turns the second factor off with the password', async () => {
    const api = mockApi();
    api.accounts.enableTotp('dieuphoi');
    api.accounts.signIn('dieuphoi');
    const { user } = renderWithProviders(null, { routes, url: '/units' });
    await user.click(await screen.findByTestId('user-menu'));
    await user.click(await screen.findByTestId('menu-second-factor'));
    await enterText(user, await screen.findByTestId('totp-password'), PASSWORD);
    await user.click(screen.getByTestId('totp-disable'));
    expect(await screen.findByTestId('totp-done')).toHaveTextContent('Đã tắt xác thực hai lớp');
    expect(api.accounts.currentSession?.user.totpEnabled).toBe(false);
  });

  it('offers no second factor when the server says the user may not set one up', async () => {
    const api = mockApi();
    api.accounts.signIn('boy');
    const { user } = renderWithProviders(null, { routes, url: '/units/31' });
    await user.click(await screen.findByTestId('user-menu'));
    expect(await screen.findByTestId('menu-change-password')).toBeInTheDocument();
    expect(screen.queryByTestId('menu-second-factor')).not.toBeInTheDocument();
  });
});
