import { screen, waitFor, within } from '@testing-library/react';
import { routes } from '@/app/router';
import { mockApi, renderWithProviders, enterText } from '@/testing/test-utils';
import type { UserInput, UserUpdate } from '@/types/api';

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

describe('users page (administrators)', () => {
  it('filters by role and adds a user', async () => {
    const api = mockApi();
    const { user } = renderWithProviders(null, { routes, url: '/users' });
    expect(await screen.findByTestId('user-row-boy')).toHaveTextContent('Cán bộ đơn vị');

    await pick(user, 'user-role-filter', 'Lãnh đạo');
    await waitFor(() => expect(screen.queryByTestId('user-row-boy')).not.toBeInTheDocument());
    expect(screen.getByTestId('user-row-lanhdao')).toBeInTheDocument();

    await user.click(screen.getByTestId('create-user'));
    await user.type(await screen.findByLabelText('Tên đăng nhập'), 'dakang');
    await enterText(user, screen.getByLabelText('Họ và tên'), 'A Đắk Ang');
    await enterText(
      user,
      screen.getByLabelText('Email (nhận nhắc việc qua thư)'),
      'khong-phai-email',
    );
    await enterText(user, screen.getByLabelText('Mật khẩu ban đầu'), 'mat-khau-dau-1');
    await user.click(screen.getByTestId('user-form-submit'));
    expect(
      await screen.findByText('Địa chỉ email không hợp lệ (tối đa 254 ký tự)'),
    ).toBeInTheDocument();
    expect(api.requests.some((r) => r.method === 'POST')).toBe(false);

    await user.clear(screen.getByLabelText('Email (nhận nhắc việc qua thư)'));
    await enterText(
      user,
      screen.getByLabelText('Email (nhận nhắc việc qua thư)'),
      'dakang@ngochoi.vn',
    );
    await user.click(screen.getByTestId('user-form-submit'));

    await waitFor(() => expect(api.requests.some((r) => r.method === 'POST')).toBe(true));
    const body = (await api.requests
      .find((r) => r.method === 'POST')
      ?.clone()
      .json()) as UserInput;
    expect(body).toEqual({
      username: 'dakang',
      displayName: 'A Đắk Ang',
      email: 'dakang@ngochoi.vn',
      role: 'UNIT_OFFICER',
      unitIds: [],
      password: 'mat-khau-dau-1',
      enabled: true,
    });
  });

  it("edits a user's role and clears the email with the version it read, and shows the server's field errors", async () => {
    const api = mockApi();
    const { user } = renderWithProviders(null, { routes, url: '/users' });
    expect(await screen.findByTestId('user-row-boy')).toHaveTextContent(
      'yboy@ngochoi.kontum.gov.vn',
    );
    await user.click(within(screen.getByTestId('user-row-boy')).getByTestId('edit-user'));
    expect(screen.getByLabelText('Email (nhận nhắc việc qua thư)')).toHaveValue(
      'yboy@ngochoi.kontum.gov.vn',
    );
    await user.clear(screen.getByLabelText('Email (nhận nhắc việc qua thư)'));
    await pick(user, 'user-role-select', 'Lãnh đạo');
    await user.click(screen.getByTestId('user-form-submit'));

    expect(await screen.findByTestId('user-row-boy')).toHaveTextContent('Lãnh đạo');
    expect(screen.getByTestId('user-row-boy')).not.toHaveTextContent('yboy@');
    const put = api.requests.find((r) => r.method === 'PUT');
    expect(new URL(put?.url ?? '').pathname).toBe('/api/v1/users/3');
    expect((await put?.clone().json()) as UserUpdate).toEqual({
      displayName: 'Y Bờ',
      role: 'LEADER',
      unitIds: [31],
      enabled: true,
      version: 1,
    });

    await user.click(screen.getByTestId('create-user'));
    await user.type(await screen.findByLabelText('Tên đăng nhập'), 'boy');
    await enterText(user, screen.getByLabelText('Họ và tên'), 'Trùng tên');
    await enterText(user, screen.getByLabelText('Mật khẩu ban đầu'), 'mat-khau-dau-1');
    await user.click(screen.getByTestId('user-form-submit'));
    expect(await screen.findByText('đã có người dùng này')).toBeInTheDocument();
  });
});
