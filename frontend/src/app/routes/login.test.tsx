import { screen, waitFor } from '@testing-library/react';
import dayjs from 'dayjs';
import { routes } from '@/app/router';
import { PASSWORD } from '@/testing/fixtures/accounts';
import { MAX_LOGIN_FAILURES, THROTTLE_SECONDS } from '@/testing/mock-accounts';
import { json } from '@/testing/mock-api';
import { mockApi, renderWithProviders, enterText } from '@/testing/test-utils';

async function signIn(user: ReturnType<typeof renderWithProviders>['user'], username: string) {
  await user.type(await screen.findByLabelText('Tên đăng nhập'), username);
  await enterText(user, screen.getByLabelText('Mật khẩu'), PASSWORD);
  await user.click(screen.getByTestId('login-submit'));
}

describe('sign-in', () => {
  it('sends a signed-out user to /login and, once signed in, back to the page they wanted', async () => {
    const api = mockApi();
    api.accounts.signOut();
    const { user, router } = renderWithProviders(null, { routes, url: '/plans/1?unit=11' });

    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/plans/1?unit=11')}`);
    await signIn(user, 'dieuphoi');

    await waitFor(() => expect(router.state.location.pathname).toBe('/plans/1'));
    expect(router.state.location.search).toBe('?unit=11');
    expect(await screen.findByTestId('task-row-3.a.8')).toBeInTheDocument();
    const login = api.requests.find((r) => r.method === 'POST');
    expect(await login?.clone().json()).toEqual({ username: 'dieuphoi', password: PASSWORD });
    expect(login?.headers.get('Accept-Language')).toBe('vi');
    expect(login?.credentials).toBe('same-origin');
  });

  it("takes a unit officer to their own unit's tasks", async () => {
    const api = mockApi();
    api.accounts.signOut();
    const { user, router } = renderWithProviders(null, { routes, url: '/' });

    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(router.state.location.search).toBe('');
    await signIn(user, 'boy');

    await waitFor(() => expect(router.state.location.pathname).toBe('/units/31'));
    expect(await screen.findByTestId('unit-name')).toHaveTextContent('Ủy ban nhân dân xã Bờ Y');
  });

  it("shows the server's message for a wrong password and stays on the page", async () => {
    const api = mockApi();
    api.accounts.signOut();
    const { user, router } = renderWithProviders(null, { routes, url: '/login' });

    await user.type(await screen.findByLabelText('Tên đăng nhập'), 'boy');
    await enterText(user, screen.getByLabelText('Mật khẩu'), 'sai-mat-khau');
    await user.click(screen.getByTestId('login-submit'));

    expect(await screen.findByTestId('login-error')).toHaveTextContent(
      'Tên đăng nhập hoặc mật khẩu không đúng.',
    );
    expect(router.state.location.pathname).toBe('/login');
    expect(api.accounts.currentSession).toBeNull();
  });

  it('says when to try again after too many failures (429), and waits until then', async () => {
    const api = mockApi();
    api.accounts.signOut();
    const { user } = renderWithProviders(null, { routes, url: '/login' });
    await user.type(await screen.findByLabelText('Tên đăng nhập'), 'boy');
    await enterText(user, screen.getByLabelText('Mật khẩu'), 'sai-mat-khau');
    const attempts = () => api.requests.filter((r) => r.method === 'POST').length;
    for (let i = 1; i <= MAX_LOGIN_FAILURES + 1; i++) {
      await user.click(screen.getByTestId('login-submit'));
      await waitFor(() => expect(attempts()).toBe(i));
    }

    const error = await screen.findByTestId('login-error');
    expect(error).toHaveTextContent('Đăng nhập sai quá nhiều lần.');
    const time = /Có thể thử lại lúc (\d\d:\d\d):\d\d\./.exec(error.textContent ?? '')?.[1];
    const expected = [Date.now() - 5000, Date.now()].map((ms) =>
      dayjs(ms + THROTTLE_SECONDS * 1000).format('HH:mm'),
    );
    expect(expected).toContain(time);
    expect(screen.getByTestId('login-submit')).toBeDisabled();
  });

  it('goes to /login, keeping the URL, when a later call answers 401', async () => {
    mockApi((url) =>
      url.pathname === '/api/v1/plans/1'
        ? json({ title: 'Chưa đăng nhập', status: 401, code: 'UNAUTHENTICATED' }, 401)
        : undefined,
    );
    const { router } = renderWithProviders(null, { routes, url: '/plans/1' });

    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/plans/1')}`);
    expect(await screen.findByLabelText('Tên đăng nhập')).toBeInTheDocument();
  });
});
