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

  it('shows the organisation on the chosen day, each unit with those it took over', async () => {
    const merged = {
      id: 900,
      name: 'Ủy ban nhân dân xã Sa Loong',
      shortName: 'UBND xã Sa Loong',
      kind: 'COMMUNE',
      officialCode: null,
      validFrom: '2025-07-01',
      validTo: null,
      formerly: ['Ủy ban nhân dân xã Đắk Kan', 'Ủy ban nhân dân xã Sa Loong'],
      children: [],
    };
    const asked: (string | null)[] = [];
    mockApi((url) => {
      if (url.pathname !== '/api/v1/units/tree') return undefined;
      asked.push(url.searchParams.get('asOf'));
      return new Response(JSON.stringify({ units: [merged], groups: [] }), {
        headers: { 'Content-Type': 'application/json' },
      });
    });
    renderWithProviders(null, { routes, url: '/units?asOf=2025-07-01' });
    expect(await screen.findByTestId('formerly-900')).toHaveTextContent(
      'trước đây: Ủy ban nhân dân xã Đắk Kan, Ủy ban nhân dân xã Sa Loong',
    );
    expect(asked).toContain('2025-07-01');
    expect(screen.getByLabelText('Tổ chức vào ngày')).toHaveValue('01/07/2025');
  });
});
