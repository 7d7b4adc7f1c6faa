import { screen, waitFor } from '@testing-library/react';
import { routes } from '@/app/router';
import { signInOptionsQueryKey } from '@/features/auth/api/get-sign-in-options';
import { PASSWORD } from '@/testing/fixtures/accounts';
import { json } from '@/testing/mock-api';
import { mockApi, renderWithProviders, enterText } from '@/testing/test-utils';

const NEW_PASSWORD = 'mua xuan tren cao nguyen 2026';

/** Whether the mock server opens a session for this password. */
async function signsIn(username: string, password: string) {
  const response = await fetch('http://localhost/api/v1/session', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  return response.status === 200;
}

async function setNewPassword(user: ReturnType<typeof renderWithProviders>['user']) {
  await enterText(user, await screen.findByLabelText('Mật khẩu mới'), NEW_PASSWORD);
  await enterText(user, screen.getByLabelText('Nhập lại mật khẩu mới'), NEW_PASSWORD);
  await user.click(screen.getByTestId('reset-submit'));
}

describe('forgotten password', () => {
  it('offers "Quên mật khẩu?" on the sign-in page when the server mails reset links', async () => {
    const api = mockApi();
    api.accounts.signOut();
    const { user, router } = renderWithProviders(null, { routes, url: '/login' });

    await user.click(await screen.findByTestId('forgot-password-link'));

    expect(screen.getByTestId('forgot-password-link')).toHaveTextContent('Quên mật khẩu?');
    await waitFor(() => expect(router.state.location.pathname).toBe('/forgot-password'));
    expect(await screen.findByLabelText('Tên đăng nhập hoặc thư điện tử')).toBeInTheDocument();
  });

  it('offers nothing when the server says reset is off', async () => {
    const api = mockApi();
    api.accounts.signOut();
    api.accounts.passwordReset = false;
    const { queryClient } = renderWithProviders(null, { routes, url: '/login' });

    expect(await screen.findByLabelText('Tên đăng nhập')).toBeInTheDocument();
    await waitFor(() =>
      expect(queryClient.getQueryData(signInOptionsQueryKey)).toEqual({
        passwordReset: false,
        providerSignIn: false,
        providerName: null,
      }),
    );
    expect(screen.queryByTestId('forgot-password-link')).not.toBeInTheDocument();
  });

  it('says on the request page, when reset is off, to ask an administrator', async () => {
    const api = mockApi();
    api.accounts.signOut();
    api.accounts.passwordReset = false;
    renderWithProviders(null, { routes, url: '/forgot-password' });

    expect(await screen.findByTestId('reset-off')).toHaveTextContent('quản trị viên');
    expect(screen.queryByTestId('reset-request-submit')).not.toBeInTheDocument();
  });

  it('mails a link for an account and says the same for a login that names none', async () => {
    const api = mockApi();
    api.accounts.signOut();
    const { user, unmount } = renderWithProviders(null, { routes, url: '/forgot-password' });

    await user.type(await screen.findByLabelText('Tên đăng nhập hoặc thư điện tử'), ' boy ');
    await user.click(screen.getByTestId('reset-request-submit'));

    const sent = await screen.findByTestId('reset-link-sent');
    expect(sent).toHaveTextContent('trong 30 phút');
    const request = api.requests.find((r) => r.url.endsWith('/api/v1/password-resets'));
    expect(await request?.clone().json()).toEqual({ login: 'boy' });
    expect(api.accounts.resetMails.map((m) => m.to)).toEqual(['yboy@ngochoi.kontum.gov.vn']);
    const known = sent.textContent;
    unmount();

    const again = renderWithProviders(null, { routes, url: '/forgot-password' });
    await enterText(
      again.user,
      await screen.findByLabelText('Tên đăng nhập hoặc thư điện tử'),
      'khong.co.ai',
    );
    await again.user.click(screen.getByTestId('reset-request-submit'));

    expect((await screen.findByTestId('reset-link-sent')).textContent).toBe(known);
    expect(api.accounts.resetMails).toHaveLength(1);
  });

  it('sets the new password through the mailed link, which then works no more', async () => {
    const api = mockApi();
    api.accounts.signOut();
    await fetch('http://localhost/api/v1/password-resets', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ login: 'yboy@ngochoi.kontum.gov.vn' }),
    });
    const { token } = api.accounts.resetMails[0];
    const { user, router, unmount } = renderWithProviders(null, {
      routes,
      url: `/reset-password?token=${token}`,
    });

    // The secret leaves the address bar (and the history) at once.
    await waitFor(() => expect(router.state.location.search).toBe(''));
    await setNewPassword(user);

    expect(await screen.findByTestId('reset-done')).toHaveTextContent('Đã đặt mật khẩu mới');
    const confirm = api.requests.find((r) => r.url.endsWith('/api/v1/password-resets/confirm'));
    expect(await confirm?.clone().json()).toEqual({ token, newPassword: NEW_PASSWORD });
    expect(await signsIn('boy', PASSWORD)).toBe(false);
    expect(await signsIn('boy', NEW_PASSWORD)).toBe(true);
    await user.click(screen.getByTestId('reset-to-login'));
    await waitFor(() => expect(router.state.location.pathname).not.toBe('/reset-password'));
    unmount();

    api.accounts.signOut();
    const reused = renderWithProviders(null, { routes, url: `/reset-password?token=${token}` });
    await setNewPassword(reused.user);

    expect(await screen.findByTestId('reset-error')).toHaveTextContent(
      'Liên kết không đúng hoặc đã được dùng.',
    );
    expect(screen.getByTestId('reset-submit')).toBeDisabled();
    await reused.user.click(screen.getByTestId('request-new-link'));
    await waitFor(() => expect(reused.router.state.location.pathname).toBe('/forgot-password'));
  });

  it('says when the link has expired', async () => {
    const api = mockApi();
    api.accounts.signOut();
    await fetch('http://localhost/api/v1/password-resets', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ login: 'boy' }),
    });
    api.accounts.expireResetLinks();
    const { user } = renderWithProviders(null, {
      routes,
      url: `/reset-password?token=${api.accounts.resetMails[0].token}`,
    });

    await setNewPassword(user);

    expect(await screen.findByTestId('reset-error')).toHaveTextContent('Liên kết đã hết hạn.');
    expect(screen.getByTestId('request-new-link')).toBeInTheDocument();
    expect(await signsIn('boy', PASSWORD)).toBe(true);
  });

  it("shows the server's refusal of a guessable password on the field", async () => {
    const api = mockApi((url) =>
      url.pathname === '/api/v1/password-resets/confirm'
        ? json(
            {
              type: '/problems/validation-failed',
              title: 'Dữ liệu không hợp lệ',
              status: 422,
              detail: 'Dữ liệu gửi lên không hợp lệ.',
              code: 'VALIDATION_FAILED',
              errors: [{ field: 'confirm.input.newPassword', message: 'Mật khẩu quá dễ đoán' }],
            },
            422,
          )
        : undefined,
    );
    api.accounts.signOut();
    const { user } = renderWithProviders(null, { routes, url: '/reset-password?token=abc' });

    await setNewPassword(user);

    expect(await screen.findByText('Mật khẩu quá dễ đoán')).toBeInTheDocument();
    expect(screen.queryByTestId('reset-error')).not.toBeInTheDocument();
    expect(screen.getByTestId('reset-submit')).toBeEnabled();
  });

  it('says so when the link has lost its secret', async () => {
    mockApi().accounts.signOut();
    renderWithProviders(null, { routes, url: '/reset-password' });

    expect(await screen.findByTestId('link-missing')).toHaveTextContent('Liên kết không đầy đủ');
    expect(screen.queryByTestId('reset-submit')).not.toBeInTheDocument();
  });
});
