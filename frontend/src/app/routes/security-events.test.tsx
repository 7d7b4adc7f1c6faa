import { screen, waitFor, within } from '@testing-library/react';
import { routes } from '@/app/router';
import { mockApi, renderWithProviders, enterText } from '@/testing/test-utils';

async function pick(
  user: ReturnType<typeof renderWithProviders>['user'],
  testId: string,
  text: string,
) {
  await user.click(within(screen.getByTestId(testId)).getByRole('combobox'));
  const options = await screen.findAllByTitle(text);
  const option = options.find((el) => el.classList.contains('ant-select-item-option'));
  await user.click(option as HTMLElement);
}

describe('security log (administrators)', () => {
  it('lists security events by kind', async () => {
    const api = mockApi();
    api.accounts.signOut();
    const { user } = renderWithProviders(null, { routes, url: '/login' });
    await user.type(await screen.findByLabelText('Tên đăng nhập'), 'admin');
    await enterText(user, screen.getByLabelText('Mật khẩu'), 'sai-mat-khau');
    await user.click(screen.getByTestId('login-submit'));
    await screen.findByTestId('login-error');
    await user.clear(screen.getByLabelText('Mật khẩu'));
    await enterText(user, screen.getByLabelText('Mật khẩu'), 'mat-khau-dung-1');
    await user.click(screen.getByTestId('login-submit'));
    await user.click(await screen.findByTestId('nav-security-events'));

    const list = await screen.findByTestId('security-event-list');
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      expect.stringContaining('Đăng nhập thành công'),
      expect.stringContaining('Đăng nhập thất bại'),
    ]);
    await pick(user, 'security-event-kind', 'Đăng nhập thất bại');
    await waitFor(() =>
      expect(
        within(screen.getByTestId('security-event-list')).getAllByRole('listitem'),
      ).toHaveLength(1),
    );
    const last = api.requests
      .map((r) => new URL(r.url))
      .filter((u) => u.pathname === '/api/v1/security-events')
      .pop();
    expect(last?.searchParams.get('kind')).toBe('LOGIN_FAILED');
  });
});
