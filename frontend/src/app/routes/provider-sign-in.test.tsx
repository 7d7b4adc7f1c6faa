import { screen } from '@testing-library/react';
import { routes } from '@/app/router';
import { mockApi, renderWithProviders } from '@/testing/test-utils';

describe('sign-in through the identity provider', () => {
  it('offers the provider the server names, and nothing when it names none', async () => {
    const api = mockApi();
    api.accounts.signOut();
    api.accounts.providerName = 'Cổng định danh tỉnh Quảng Ngãi';
    renderWithProviders(null, { routes, url: '/login' });

    const button = await screen.findByTestId('provider-sign-in');
    expect(button).toHaveTextContent('Đăng nhập bằng Cổng định danh tỉnh Quảng Ngãi');
    expect(button).toHaveAttribute('href', '/api/v1/session/oidc');
  });

  it('has no provider button when the server offers none', async () => {
    const api = mockApi();
    api.accounts.signOut();
    renderWithProviders(null, { routes, url: '/login' });

    expect(await screen.findByLabelText('Tên đăng nhập')).toBeInTheDocument();
    expect(screen.queryByTestId('provider-sign-in')).not.toBeInTheDocument();
  });

  it('says why the provider sign-in was refused, by the code the service sent back', async () => {
    const api = mockApi();
    api.accounts.signOut();
    renderWithProviders(null, { routes, url: '/login?error=PROVIDER_ACCOUNT_UNKNOWN' });

    expect(await screen.findByTestId('provider-refused')).toHaveTextContent(
      'chưa gắn với tài khoản nào ở đây',
    );
  });
});
