import { screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { routes } from '@/app/router';
import { mockApi, renderWithProviders, enterText } from '@/testing/test-utils';
import type { TokenInput } from '@/types/api';

describe('API tokens page', () => {
  it('shows a new token once, with a warning, then only its prefix', async () => {
    const api = mockApi();
    api.accounts.signIn('boy');
    const { user } = renderWithProviders(null, { routes, url: '/tokens' });
    expect(await screen.findByText('Chưa có khóa API nào')).toBeInTheDocument();

    await user.click(screen.getByTestId('create-token'));
    await enterText(user, await screen.findByLabelText('Tên khóa'), 'Phần mềm báo cáo xã');
    // The expiry defaults to 90 days ahead, shown dd/MM/yyyy.
    expect(screen.getByLabelText('Ngày hết hạn')).toHaveValue(
      dayjs().add(90, 'day').format('DD/MM/YYYY'),
    );
    await user.click(screen.getByLabelText('Đọc và gửi báo cáo'));
    // Only the officer's own unit can be reported for; it is the only one, so it is chosen.
    const units = await screen.findByTestId('token-units');
    expect(within(units).getByText('Ủy ban nhân dân xã Bờ Y')).toBeInTheDocument();
    await user.click(screen.getByTestId('create-token-submit'));

    const secret = await screen.findByTestId('created-token');
    const token = (secret as HTMLTextAreaElement).value;
    expect(token).toMatch(/^pt_1\w{20,}$/);
    expect(screen.getByText(/Khóa chỉ hiển thị một lần này/)).toBeInTheDocument();
    await user.click(screen.getByTestId('copy-token'));
    expect(await navigator.clipboard.readText()).toBe(token);
    expect(screen.getByTestId('copy-token')).toHaveTextContent('Đã sao chép');

    const create = api.requests.find((r) => r.method === 'POST');
    const body = (await create?.clone().json()) as TokenInput;
    expect(body).toEqual({
      name: 'Phần mềm báo cáo xã',
      scope: 'REPORT_WRITE',
      unitIds: [31],
      expiresOn: dayjs().add(90, 'day').format('YYYY-MM-DD'),
    });

    await user.click(screen.getByTestId('token-saved'));
    await waitFor(() => expect(screen.queryByTestId('created-token')).not.toBeInTheDocument());
    const row = await screen.findByTestId('token-1');
    expect(within(row).getByTestId('token-prefix')).toHaveTextContent(token.slice(0, 8));
    expect(document.body).not.toHaveTextContent(token);
    expect(screen.queryByDisplayValue(token)).not.toBeInTheDocument();
  });

  it('revokes a token after confirmation', async () => {
    const api = mockApi();
    const { user } = renderWithProviders(null, { routes, url: '/tokens' });
    await user.click(await screen.findByTestId('create-token'));
    await enterText(user, await screen.findByLabelText('Tên khóa'), 'Đọc số liệu');
    await user.click(screen.getByTestId('create-token-submit'));
    await user.click(await screen.findByTestId('token-saved'));

    await user.click(await screen.findByTestId('revoke-1'));
    // The confirmation's own "Thu hồi" button comes after the row's.
    const confirm = await screen.findAllByRole('button', { name: 'Thu hồi' });
    await user.click(confirm[confirm.length - 1]);
    expect(await screen.findByTestId('token-revoked')).toHaveTextContent(
      `Đã thu hồi ${dayjs().format('DD/MM/YYYY')}`,
    );
    const revoke = api.requests.find((r) => r.method === 'DELETE');
    expect(new URL(revoke?.url ?? '').pathname).toBe('/api/v1/tokens/1');
  });
});
