import { screen, waitFor, within } from '@testing-library/react';
import { routes } from '@/app/router';
import { unitRef } from '@/testing/fixtures/units';
import { json } from '@/testing/mock-api';
import { mockApi, renderWithProviders } from '@/testing/test-utils';
import type { IndicatorInput, IndicatorValueInput, UserView } from '@/types/api';

const ANNUAL = 1;
const BO_Y = 31;
const DAK_DUC = 33;
const CENTRE = 17;

function bodies<T>(requests: Request[], method: string, suffix: string) {
  return Promise.all(
    requests
      .filter((r) => r.method === method && new URL(r.url).pathname.endsWith(suffix))
      .map((r) => r.clone().json() as Promise<T>),
  );
}

/** The text of a row's cells, whitespace collapsed. */
const rowText = (row: HTMLElement) => row.textContent?.replace(/\s+/g, ' ') ?? '';

async function openIndicators() {
  const rendered = renderWithProviders(null, { routes, url: '/plans/1/indicators' });
  await screen.findByTestId('indicator-1');
  return rendered;
}

describe('the indicators page', () => {
  it('shows the chart and the yearly table with values and completeness', async () => {
    mockApi();
    await openIndicators();
    expect(screen.getByTestId('indicators-heading')).toHaveTextContent('Chỉ tiêu');
    expect(await screen.findByTestId('indicator-chart-1')).toBeInTheDocument();

    // 2024: all eight areas, (30 + … + 37) / 800 = 33,5 %.
    const full = await screen.findByTestId('series-row-2024');
    expect(within(full).getByTestId('series-value')).toHaveTextContent('33,5');
    expect(within(full).getByTestId('completeness')).toHaveTextContent('8/8 địa bàn');
    expect(within(full).getByTestId('completeness')).toHaveAttribute('data-partial', 'false');
    expect(rowText(full)).toContain('268');
    expect(rowText(full)).toContain('800');

    // 2025: three of eight areas, 95/250 = 38 %: said beside the value, in the warning style.
    const partial = screen.getByTestId('series-row-2025');
    expect(within(partial).getByTestId('series-value')).toHaveTextContent('38');
    expect(within(partial).getByTestId('completeness')).toHaveTextContent('3/8 địa bàn');
    expect(within(partial).getByTestId('completeness')).toHaveAttribute('data-partial', 'true');
    expect(within(partial).getByTestId('series-value')).toHaveClass('ant-typography-warning');

    // The path from 30 % (2023) to 45 % (2030) expects 34,29 % in 2025: 38 is on track.
    expect(rowText(partial)).toContain('34,29');
    expect(within(partial).getByTestId('target-status-ON_TRACK')).toHaveTextContent(
      'Đúng lộ trình',
    );
    expect(screen.getByTestId('projection')).toHaveTextContent(/Dự báo đến năm 2030/);
    expect(screen.getByTestId('indicator-definition-1')).toHaveTextContent('30 % (năm 2023)');
  });

  it('names the organisation changes the series runs across', async () => {
    const mock = mockApi();
    mock.indicators.changes = [
      { id: 7, kind: 'MERGE', effectiveDate: '2025-07-01', basisNumber: '1677/NQ-UBTVQH15' },
    ];
    await openIndicators();
    expect(await screen.findByTestId('series-changes')).toHaveTextContent(
      'Thay đổi tổ chức trên địa bàn (số liệu được nối tiếp qua thay đổi): 01/07/2025 (1677/NQ-UBTVQH15)',
    );
  });

  it('shows no changes where the series runs across none', async () => {
    mockApi();
    await openIndicators();
    await screen.findByTestId('series-row-2024');
    expect(screen.queryByTestId('series-changes')).not.toBeInTheDocument();
  });

  it('is linked from the plan page', async () => {
    mockApi();
    renderWithProviders(null, { routes, url: '/plans/1' });
    expect(await screen.findByTestId('plan-indicators-link')).toHaveAttribute(
      'href',
      '/plans/1/indicators',
    );
  });

  it('compares the areas in the latest year with data, "Chưa báo cáo" where none came', async () => {
    mockApi();
    await openIndicators();
    const comparison = await screen.findByTestId('comparison-1');
    expect(within(comparison).getByTestId('comparison-year')).toHaveTextContent('2025');
    const boy = await within(comparison).findByTestId(`area-row-${BO_Y}`);
    expect(within(boy).getByTestId('area-value')).toHaveTextContent('35');
    const missing = within(comparison).getByTestId(`area-row-${DAK_DUC}`);
    expect(within(missing).getByTestId('not-reported')).toHaveTextContent('Chưa báo cáo');
    expect(within(comparison).getAllByTestId('not-reported')).toHaveLength(5);
    expect(screen.getByTestId('comparison-chart-1')).toBeInTheDocument();
  });

  it('refuses a numerator above the denominator, then saves and refetches', async () => {
    const api = mockApi();
    api.accounts.signIn('dieuphoi');
    const { user } = await openIndicators();
    await user.click(await screen.findByTestId(`enter-values-${DAK_DUC}`));
    await user.type(await screen.findByTestId('value-numerator'), '21');
    await user.type(screen.getByTestId('value-denominator'), '20');
    await user.click(screen.getByTestId('value-submit'));
    expect(await screen.findByText('Tử số không được lớn hơn mẫu số (20)')).toBeInTheDocument();
    expect(api.requests.some((r) => r.method === 'PUT')).toBe(false);

    await user.clear(screen.getByTestId('value-numerator'));
    await user.type(screen.getByTestId('value-numerator'), '10');
    await user.click(screen.getByTestId('value-submit'));
    await waitFor(() => expect(screen.queryByTestId('value-form')).not.toBeInTheDocument());
    const [body] = await bodies<IndicatorValueInput>(
      api.requests,
      'PUT',
      `/indicators/1/values/${DAK_DUC}/2025`,
    );
    expect(body).toEqual({ numerator: 10, denominator: 20, sourceNote: '' });
    // Refetched: 2025 now rests on four areas, 105/270 = 38,89 %.
    const row = screen.getByTestId('series-row-2025');
    await waitFor(() => expect(within(row).getByTestId('completeness')).toHaveTextContent('4/8'));
    expect(within(row).getByTestId('series-value')).toHaveTextContent('38,89');
    const area = screen.getByTestId(`area-row-${DAK_DUC}`);
    await waitFor(() => expect(within(area).getByTestId('area-value')).toHaveTextContent('50'));
  });

  it("shows the server's 422: its detail, or its field errors on the fields", async () => {
    let answer = 0;
    const api = mockApi((url, request) => {
      if (request.method !== 'PUT' || !url.pathname.includes('/values/')) return undefined;
      answer += 1;
      return answer === 1
        ? json(
            {
              type: '/problems/rule-violated',
              title: 'Không thực hiện được',
              status: 422,
              detail: 'Số liệu tử số (21) không được lớn hơn mẫu số (20).',
              code: 'RULE_VIOLATED',
            },
            422,
          )
        : json(
            {
              type: '/problems/validation-failed',
              title: 'Dữ liệu không hợp lệ',
              status: 422,
              detail: 'Dữ liệu gửi lên không hợp lệ.',
              code: 'VALIDATION_FAILED',
              errors: [{ field: 'record.body.sourceNote', message: 'tối đa 1000 ký tự' }],
            },
            422,
          );
    });
    api.accounts.signIn('dieuphoi');
    const { user } = await openIndicators();
    await user.click(await screen.findByTestId(`enter-values-${DAK_DUC}`));
    await user.type(await screen.findByTestId('value-numerator'), '5');
    await user.type(screen.getByTestId('value-denominator'), '20');
    await user.click(screen.getByTestId('value-submit'));
    expect(await screen.findByTestId('error-alert')).toHaveTextContent(
      'Số liệu tử số (21) không được lớn hơn mẫu số (20).',
    );
    await user.click(screen.getByTestId('value-submit'));
    expect(await screen.findByText('tối đa 1000 ký tự')).toBeInTheDocument();
    expect(screen.queryByTestId('error-alert')).not.toBeInTheDocument();
  });

  it("gives an officer of the numerator's supplier only the numerator", async () => {
    const api = mockApi();
    const officer: UserView = {
      id: 9,
      username: 'trungtam',
      displayName: 'Cán bộ Trung tâm',
      email: null,
      role: 'UNIT_OFFICER',
      units: [unitRef(CENTRE)],
      enabled: true,
      lastLoginAt: null,
      version: 1,
      totpEnabled: false,
      canResetTotp: false,
    };
    api.accounts.addAccount(officer);
    api.accounts.signIn('trungtam');
    api.indicators.put(1, DAK_DUC, 2025, { denominator: 40 });
    const { user } = await openIndicators();
    // The office supplies every area's numerator: every area has "Nhập số liệu".
    expect(await screen.findByTestId(`enter-values-${BO_Y}`)).toBeInTheDocument();
    await user.click(screen.getByTestId(`enter-values-${DAK_DUC}`));
    expect(await screen.findByTestId('value-supplier-only')).toHaveTextContent('tử số');
    expect(screen.getByTestId('value-numerator')).toBeEnabled();
    expect(screen.getByTestId('value-denominator')).toBeDisabled();
    expect(screen.getByTestId('value-denominator')).toHaveValue('40');
    await user.type(screen.getByTestId('value-numerator'), '12');
    await user.click(screen.getByTestId('value-submit'));
    await waitFor(() => expect(screen.queryByTestId('value-form')).not.toBeInTheDocument());
    const [body] = await bodies<IndicatorValueInput>(
      api.requests,
      'PUT',
      `/indicators/1/values/${DAK_DUC}/2025`,
    );
    expect(body).toEqual({ numerator: 12, version: 1 });
    expect(api.indicators.value(1, DAK_DUC, 2025)).toMatchObject({
      numerator: 12,
      denominator: 40,
      value: 30,
    });
  });

  it('gives the district leader no data entry and no editing', async () => {
    const api = mockApi();
    api.accounts.signIn('lanhdao');
    await openIndicators();
    await screen.findByTestId(`area-row-${BO_Y}`);
    expect(screen.queryByTestId(`enter-values-${BO_Y}`)).not.toBeInTheDocument();
    expect(screen.queryByTestId('edit-indicator-1')).not.toBeInTheDocument();
  });

  it('lets the coordinator change the baseline, then shows its history', async () => {
    const api = mockApi();
    api.accounts.signIn('dieuphoi');
    const { user } = await openIndicators();
    await user.click(await screen.findByTestId('edit-indicator-1'));
    const value = await screen.findByTestId('indicator-baseline-value');
    await user.clear(value);
    await user.type(value, '32');
    await user.click(screen.getByTestId('indicator-submit'));
    await waitFor(() =>
      expect(screen.getByTestId('indicator-baseline')).toHaveTextContent('32 % (năm 2023)'),
    );
    const [body] = await bodies<IndicatorInput>(api.requests, 'PUT', '/targets/1/indicator');
    expect(body).toMatchObject({
      name: 'Tỷ lệ học sinh tốt nghiệp trung học vào học giáo dục nghề nghiệp',
      areaGroupId: 101,
      numeratorSupplierId: CENTRE,
      denominatorSupplierId: 11,
      baselineYear: 2023,
      baselineValue: 32,
      bounded: true,
      version: 1,
    });

    await user.click(screen.getByTestId('indicator-history-1'));
    const drawer = await screen.findByTestId('history-drawer');
    expect(await within(drawer).findByText(/Giá trị cơ sở/)).toBeInTheDocument();
  });
});

describe('indicator figures in the annual report', () => {
  it("shows the unit's figures section and saves the officer's figures", async () => {
    const api = mockApi();
    api.accounts.signIn('boy');
    const report = api.reporting.find(ANNUAL, BO_Y);
    const { user } = renderWithProviders(null, { routes, url: `/reports/${report.id}` });
    const section = await screen.findByTestId('report-indicators');
    expect(section).toHaveTextContent('Số liệu chỉ tiêu năm 2026');
    const first = await within(section).findByTestId('report-indicator-1');
    expect(within(section).getByTestId('report-indicator-2')).toBeInTheDocument();

    await user.type(within(first).getByTestId('value-numerator'), '30');
    await user.type(within(first).getByTestId('value-denominator'), '60');
    await user.click(within(first).getByTestId('value-submit'));
    expect(await within(first).findByTestId('value-saved')).toBeInTheDocument();
    const [body] = await bodies<IndicatorValueInput>(
      api.requests,
      'PUT',
      `/indicators/1/values/${BO_Y}/2026`,
    );
    expect(body).toEqual({ numerator: 30, denominator: 60, sourceNote: '' });
    expect(api.indicators.value(1, BO_Y, 2026)).toMatchObject({ value: 50 });
  });

  it('is read only for the coordinator reading the report', async () => {
    const api = mockApi();
    api.accounts.signIn('dieuphoi');
    api.indicators.put(1, BO_Y, 2026, { numerator: 4, denominator: 8 });
    const report = api.reporting.find(ANNUAL, BO_Y);
    renderWithProviders(null, { routes, url: `/reports/${report.id}` });
    const section = await screen.findByTestId('report-indicators');
    const first = await within(section).findByTestId('report-indicator-1');
    expect(within(first).getByTestId('value-numerator')).toBeDisabled();
    expect(within(first).getByTestId('value-numerator')).toHaveValue('4');
    expect(within(first).queryByTestId('value-submit')).not.toBeInTheDocument();
  });

  it('is not shown in a report of a review period', async () => {
    const api = mockApi();
    api.accounts.signIn('boy');
    const report = api.reporting.find(2, BO_Y);
    renderWithProviders(null, { routes, url: `/reports/${report.id}` });
    await screen.findByTestId('report-unit');
    // Give the period's query time to answer.
    await waitFor(() =>
      expect(api.requests.some((r) => new URL(r.url).pathname === '/api/v1/periods/2')).toBe(true),
    );
    expect(screen.queryByTestId('report-indicators')).not.toBeInTheDocument();
  });
});
