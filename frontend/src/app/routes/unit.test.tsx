import { screen, within } from '@testing-library/react';
import { routes } from '@/app/router';
import { mockApi, renderWithProviders } from '@/testing/test-utils';

describe('unit page', () => {
  it('lists what the unit owes, by plan, with its role and "qua nhóm"', async () => {
    mockApi();
    renderWithProviders(null, { routes, url: '/units/11' });

    expect(await screen.findByTestId('unit-name')).toHaveTextContent('Phòng Giáo dục và Đào tạo');
    const plan = await screen.findByTestId('obligations-plan-1');
    expect(plan).toHaveTextContent('Kế hoạch – Số: /KH-UBND');

    const lead = within(plan).getByTestId('obligation-3.a.8');
    expect(within(lead).getByTestId('role-LEAD')).toHaveTextContent('Chủ trì');
    const viaGroup = within(plan).getByTestId('obligation-1.a');
    expect(within(viaGroup).getByTestId('role-IMPLEMENTING')).toHaveTextContent(
      'Thực hiện · qua nhóm Các Phòng, ban, ngành huyện',
    );
    expect(within(viaGroup).getByTestId('timeframe-badge')).toHaveTextContent('Hạn 31/12/2023');
    expect(within(plan).queryByTestId('obligation-3.b.1')).not.toBeInTheDocument();
    expect(within(plan).getByTestId('view-in-plan-1')).toHaveAttribute('href', '/plans/1?unit=11');
  });

  it('shows the units and groups on /units', async () => {
    mockApi();
    renderWithProviders(null, { routes, url: '/units' });
    expect(await screen.findByTestId('unit-group-100')).toHaveTextContent(
      'Các Phòng, ban, ngành huyện',
    );
    expect(screen.getAllByRole('link', { name: 'Ủy ban nhân dân xã Bờ Y' }).length).toBeGreaterThan(
      0,
    );
  });
});
