import { screen, waitFor, within } from '@testing-library/react';
import { routes } from '@/app/router';
import { json } from '@/testing/mock-api';
import { mockApi, renderWithProviders, enterText } from '@/testing/test-utils';
import type { OrgChangeInput } from '@/types/api';

type User = ReturnType<typeof renderWithProviders>['user'];

const BASIS = {
  documentType: 'NQ',
  number: '1677/NQ-UBTVQH15',
  issueDate: '2025-06-16',
  issuer: 'Ủy ban Thường vụ Quốc hội',
};

const merge: OrgChangeInput = {
  kind: 'MERGE',
  effectiveDate: '2025-07-01',
  basis: BASIS,
  predecessorIds: [34, 37],
  successorIds: [],
  newUnits: [{ name: 'Ủy ban nhân dân xã Sa Loong mới', shortName: 'UBND xã Sa Loong' }],
};

const requestsTo = (requests: Request[], method: string, path: string) =>
  requests.filter((r) => r.method === method && new URL(r.url).pathname === path);

async function pick(user: User, container: HTMLElement, query: string, name: string) {
  const select = within(container).getByRole('combobox');
  await user.click(select);
  await user.type(select, query);
  const options = await screen.findAllByTitle(name);
  const option = options.find((el) => el.classList.contains('ant-select-item-option'));
  await user.click(option as HTMLElement);
}

/** Picks from a select without search. */
async function choose(user: User, container: HTMLElement, name: string) {
  await user.click(within(container).getByRole('combobox'));
  await user.click(await screen.findByTitle(name));
}

async function typeDate(user: User, container: HTMLElement, date: string) {
  const input = within(container).getByRole('textbox');
  await user.click(input);
  await user.type(input, `${date}{Enter}`);
}

async function fillBasis(user: User) {
  await typeDate(user, screen.getByTestId('org-change-effective'), '01/07/2025');
  await user.type(screen.getByLabelText('Loại văn bản'), 'NQ');
  await enterText(user, screen.getByLabelText('Số, ký hiệu'), '1677/NQ-UBTVQH15');
  await typeDate(user, screen.getByTestId('org-change-issue-date'), '16/06/2025');
  await enterText(user, screen.getByLabelText('Cơ quan ban hành'), 'Ủy ban Thường vụ Quốc hội');
}

async function confirm(user: User, okLabel: string) {
  const popup = await screen.findByRole('tooltip');
  await user.click(within(popup).getByRole('button', { name: okLabel }));
}

describe('organisation changes page', () => {
  it('lists the changes with date, kind, legal basis and units, and as a timeline', async () => {
    const api = mockApi();
    api.orgChanges.record(merge, { username: 'admin' });
    api.orgChanges.record(
      {
        ...merge,
        effectiveDate: '2026-01-01',
        predecessorIds: [11],
        newUnits: [{ name: 'Phòng Văn hóa - Xã hội' }],
        kind: 'RENAME',
      },
      { username: 'admin' },
    );
    const { user } = renderWithProviders(null, { routes, url: '/org-changes' });

    const list = await screen.findByTestId('org-change-list');
    const rows = within(list).getAllByRole('listitem');
    expect(rows[0]).toHaveTextContent('01/01/2026');
    expect(rows[0]).toHaveTextContent('Đổi tên');
    const first = screen.getByTestId('org-change-1');
    expect(first).toHaveTextContent('01/07/2025');
    expect(first).toHaveTextContent('Hợp nhất');
    expect(first).toHaveTextContent(
      'Căn cứ pháp lý: 1677/NQ-UBTVQH15 ngày 16/06/2025 của Ủy ban Thường vụ Quốc hội',
    );
    expect(within(first).getByTestId('unit-link-34')).toHaveTextContent(
      'Ủy ban nhân dân xã Đắk Kan',
    );
    expect(within(first).getByTestId('unit-link-900')).toHaveTextContent(
      'Ủy ban nhân dân xã Sa Loong mới',
    );
    expect(screen.getByTestId('org-change-record')).toBeInTheDocument();

    await user.click(screen.getByText('Dòng thời gian'));
    const timeline = await screen.findByTestId('org-change-timeline');
    const days = within(timeline).getAllByTestId(/^timeline-/);
    expect(days.map((d) => d.dataset.testid)).toEqual([
      'timeline-2025-07-01',
      'timeline-2026-01-01',
    ]);
    expect(days[0]).toHaveTextContent('Hiệu lực từ 01/07/2025');
  });

  it('offers recording and undo only where the views allow it', async () => {
    const api = mockApi();
    api.orgChanges.record(merge, { username: 'admin' });
    api.accounts.signIn('lanhdao');
    renderWithProviders(null, { routes, url: '/org-changes' });
    await screen.findByTestId('org-change-list');
    expect(screen.queryByTestId('org-change-record')).not.toBeInTheDocument();

    renderWithProviders(null, { routes, url: '/org-changes/1' });
    expect(await screen.findByTestId('org-change-detail')).toHaveTextContent('Hợp nhất');
    expect(screen.queryByTestId('org-change-undo')).not.toBeInTheDocument();
  });

  it('undoes a change from its page, or shows why the server will not', async () => {
    const api = mockApi();
    const first = api.orgChanges.record(merge, { username: 'admin' });
    const { user, router } = renderWithProviders(null, { routes, url: `/org-changes/${first.id}` });
    const detail = await screen.findByTestId('org-change-detail');
    expect(within(detail).getByTestId('org-change-closed')).toHaveTextContent(
      'Ủy ban nhân dân xã Đắk Kan, Ủy ban nhân dân xã Sa Loong',
    );
    expect(detail).toHaveTextContent('Đơn vị đóng (đến 30/06/2025)');
    expect(detail).toHaveTextContent('Đơn vị kế thừa (từ 01/07/2025)');
    await user.click(screen.getByTestId('org-change-undo'));
    await confirm(user, 'Hoàn tác');
    await waitFor(() => expect(router.state.location.pathname).toBe('/org-changes'));
    const undo = requestsTo(api.requests, 'DELETE', `/api/v1/org-changes/${first.id}`);
    expect(undo).toHaveLength(1);
    expect(new URL(undo[0].url).searchParams.get('version')).toBe('0');
    expect(await screen.findByText('Chưa ghi nhận thay đổi tổ chức nào')).toBeInTheDocument();

    const again = api.orgChanges.record(merge, { username: 'admin' });
    api.orgChanges.record(
      {
        ...merge,
        kind: 'RENAME',
        effectiveDate: '2026-01-01',
        predecessorIds: [again.successors[0].id],
        newUnits: [{ name: 'Tên khác' }],
      },
      { username: 'admin' },
    );
    renderWithProviders(null, { routes, url: `/org-changes/${again.id}` });
    expect(await screen.findByTestId('org-change-undo-refusal')).toHaveTextContent(
      'Không thể hủy thay đổi theo văn bản 1677/NQ-UBTVQH15: đã có thay đổi sau dựa trên các đơn vị của nó.',
    );
    expect(screen.queryAllByTestId('org-change-undo')).toHaveLength(0);
  });
});

describe('recording a change', () => {
  it('previews a rename with its counts, then applies it and shows the result', async () => {
    const api = mockApi();
    const { user } = renderWithProviders(null, { routes, url: '/org-changes/new' });
    await screen.findByTestId('org-change-form');
    await fillBasis(user);
    await pick(user, screen.getByTestId('predecessor-0'), 'giao duc', 'Phòng Giáo dục và Đào tạo');
    await enterText(user, screen.getByTestId('new-unit-name-0'), 'Phòng Văn hóa - Xã hội');
    await user.click(screen.getByTestId('org-change-preview-submit'));

    const preview = await screen.findByTestId('org-change-preview');
    const counts = within(preview).getByTestId('preview-counts');
    expect(within(counts).getByTestId('preview-closing')).toHaveAttribute('data-count', '1');
    expect(within(counts).getByTestId('preview-opening')).toHaveAttribute('data-count', '1');
    const assignments = Number(
      within(counts).getByTestId('preview-assignments').getAttribute('data-count'),
    );
    expect(assignments).toBeGreaterThan(0);
    expect(within(counts).getByTestId('preview-assignments')).toHaveTextContent(
      `Khối giao việc chuyển${assignments}`,
    );
    expect(within(counts).getByTestId('preview-groups')).toHaveTextContent(
      'Nhóm đơn vị đổi thành viên1',
    );
    expect(within(preview).getByTestId('preview-before')).toHaveTextContent(
      'Phòng Giáo dục và Đào tạo',
    );
    expect(within(preview).getByTestId('preview-after')).toHaveTextContent(
      'Phòng Văn hóa - Xã hội',
    );
    const [asked] = requestsTo(api.requests, 'POST', '/api/v1/org-changes/preview');
    expect(await asked.json()).toMatchObject({
      kind: 'RENAME',
      effectiveDate: '2025-07-01',
      basis: { documentType: 'NQ', number: '1677/NQ-UBTVQH15', issueDate: '2025-06-16' },
      predecessorIds: [11],
      newUnits: [{ name: 'Phòng Văn hóa - Xã hội' }],
    });

    await user.click(screen.getByTestId('org-change-apply'));
    await confirm(user, 'Áp dụng thay đổi');
    const applied = await screen.findByTestId('org-change-applied');
    expect(applied).toHaveTextContent('Đổi tên – hiệu lực từ 01/07/2025, theo 1677/NQ-UBTVQH15.');
    expect(applied).toHaveTextContent('Phòng Giáo dục và Đào tạo');
    expect(applied).toHaveTextContent('Phòng Văn hóa - Xã hội');
    expect(requestsTo(api.requests, 'POST', '/api/v1/org-changes')).toHaveLength(1);
    expect(api.orgChanges.changes).toHaveLength(1);
  });

  it('offers the units as they were on the eve of the change, and the successors of its day', async () => {
    const gone = {
      id: 90,
      name: 'Ủy ban nhân dân xã Đăk Xú',
      shortName: 'UBND xã Đăk Xú',
      kind: 'COMMUNE' as const,
      officialCode: null,
      validFrom: null,
      validTo: '2025-06-30',
      formerly: [],
      children: [],
    };
    const api = mockApi((url) => {
      if (url.pathname !== '/api/v1/units/tree') return undefined;
      const asOf = url.searchParams.get('asOf');
      return json({ units: asOf === '2025-06-30' ? [gone] : [], groups: [] });
    });
    const { user } = renderWithProviders(null, { routes, url: '/org-changes/new' });
    await screen.findByTestId('org-change-form');
    await fillBasis(user);
    await pick(user, screen.getByTestId('predecessor-0'), 'dak xu', 'Ủy ban nhân dân xã Đăk Xú');
    await enterText(user, screen.getByTestId('new-unit-name-0'), 'Ủy ban nhân dân xã Mới');
    await user.click(screen.getByTestId('org-change-preview-submit'));

    await waitFor(() =>
      expect(requestsTo(api.requests, 'POST', '/api/v1/org-changes/preview')).toHaveLength(1),
    );
    const [asked] = requestsTo(api.requests, 'POST', '/api/v1/org-changes/preview');
    expect(await asked.json()).toMatchObject({ predecessorIds: [90] });
    const days = requestsTo(api.requests, 'GET', '/api/v1/units/tree').map((r) =>
      new URL(r.url).searchParams.get('asOf'),
    );
    expect(days).toContain('2025-06-30');
    expect(days).toContain('2025-07-01');
  });

  it("shows the server's refusal as the error alert does", async () => {
    const refusal = 'Đổi tên đóng một đơn vị và mở một đơn vị mới (một đơn vị cũ, một đơn vị mới).';
    mockApi((url, request) =>
      request.method === 'POST' && url.pathname === '/api/v1/org-changes/preview'
        ? json(
            {
              type: '/problems/rule-violated',
              title: 'Không được phép',
              status: 422,
              detail: refusal,
              code: 'RULE_VIOLATED',
            },
            422,
          )
        : undefined,
    );
    const { user } = renderWithProviders(null, { routes, url: '/org-changes/new' });
    await screen.findByTestId('org-change-form');
    await fillBasis(user);
    await pick(user, screen.getByTestId('predecessor-0'), 'giao duc', 'Phòng Giáo dục và Đào tạo');
    await user.click(screen.getByTestId('add-new-unit'));
    await user.type(screen.getByTestId('new-unit-name-0'), 'Một');
    await user.type(screen.getByTestId('new-unit-name-1'), 'Hai');
    await user.click(screen.getByTestId('org-change-preview-submit'));
    const alert = await screen.findByTestId('error-alert');
    expect(alert).toHaveTextContent('Không được phép');
    expect(alert).toHaveTextContent('Đổi tên đóng một đơn vị và mở một đơn vị mới');
  });

  it('splits a unit: the default shares are preselected, the choice is re-previewed and applied', async () => {
    const api = mockApi();
    const { user } = renderWithProviders(null, { routes, url: '/org-changes/new' });
    await screen.findByTestId('org-change-form');
    await choose(user, screen.getByTestId('org-change-kind'), 'Chia tách');
    await fillBasis(user);
    await pick(user, screen.getByTestId('predecessor-0'), 'giao duc', 'Phòng Giáo dục và Đào tạo');
    await user.click(screen.getByTestId('add-new-unit'));
    await enterText(user, screen.getByTestId('new-unit-name-0'), 'Phòng Văn hóa - Xã hội');
    await enterText(user, screen.getByTestId('new-unit-name-1'), 'Trung tâm Học tập cộng đồng');
    await user.click(screen.getByTestId('org-change-preview-submit'));

    const shares = await screen.findByTestId('preview-shares');
    const group = within(shares).getByTestId('share-GROUP:100:11');
    // By default each duty goes to every successor.
    expect(within(group).getByText('Phòng Văn hóa - Xã hội')).toBeInTheDocument();
    expect(within(group).getByText('Trung tâm Học tập cộng đồng')).toBeInTheDocument();
    const area = within(shares).getByTestId('share-AREA::11');
    expect(area).toHaveTextContent('Phòng Văn hóa - Xã hội');

    // The group membership goes to the second unit only.
    const tag = group.querySelector('[title="Phòng Văn hóa - Xã hội"]');
    const remove = tag?.querySelector('[class*="remove"]');
    expect(remove).toBeTruthy();
    await user.click(remove as HTMLElement);
    await user.click(screen.getByTestId('org-change-repreview'));
    await waitFor(() =>
      expect(requestsTo(api.requests, 'POST', '/api/v1/org-changes/preview')).toHaveLength(2),
    );
    const again = requestsTo(api.requests, 'POST', '/api/v1/org-changes/preview')[1];
    const sent = (await again.json()) as OrgChangeInput;
    expect(sent.newUnits?.map((u) => u.ref)).toEqual(['moi-1', 'moi-2']);
    expect(sent.shares).toEqual([
      {
        duty: 'GROUP',
        objectId: 100,
        predecessorId: 11,
        successorIds: [],
        successorRefs: ['moi-2'],
      },
    ]);
    await waitFor(() =>
      expect(
        within(screen.getByTestId('share-GROUP:100:11')).getByText('đã chọn', { exact: false }),
      ).toBeInTheDocument(),
    );

    await user.click(screen.getByTestId('org-change-apply'));
    await confirm(user, 'Áp dụng thay đổi');
    await screen.findByTestId('org-change-applied');
    const [recorded] = requestsTo(api.requests, 'POST', '/api/v1/org-changes');
    expect(((await recorded.json()) as OrgChangeInput).shares).toEqual(sent.shares);
  });
});

describe('change packages', () => {
  it('previews the whole package with counts per change, then applies it', async () => {
    const api = mockApi();
    const { user } = renderWithProviders(null, { routes, url: '/org-changes/packages' });
    const list = await screen.findByTestId('package-list');
    expect(list).toHaveTextContent('Sắp xếp tổ chức năm 2025');
    expect(list).toHaveTextContent('2 thay đổi');
    await user.click(screen.getByTestId('package-open-ngoc-hoi-2025'));
    await user.click(await screen.findByTestId('package-preview-submit'));

    const table = await screen.findByTestId('package-preview');
    const rows = within(table).getAllByRole('row');
    // Header, two changes, the total.
    expect(rows).toHaveLength(4);
    expect(rows[1]).toHaveTextContent('Hợp nhất');
    expect(rows[1]).toHaveTextContent('Ủy ban nhân dân xã Bờ Y');
    const cells = (row: HTMLElement) =>
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent);
    expect(cells(rows[1]).slice(2, 4)).toEqual(['3', '1']);
    expect(cells(rows[2]).slice(2, 4)).toEqual(['2', '1']);
    expect(cells(rows[3]).slice(1, 3)).toEqual(['5', '2']);

    await user.click(screen.getByTestId('package-apply'));
    await confirm(user, 'Áp dụng cả gói');
    expect(await screen.findByTestId('package-applied')).toHaveTextContent(
      'Đã áp dụng 2 thay đổi.',
    );
    const [batch] = requestsTo(api.requests, 'POST', '/api/v1/org-changes/batch');
    expect(((await batch.json()) as { changes: unknown[] }).changes).toHaveLength(2);
  });
});

describe('lineage on the unit page', () => {
  it('shows where a unit came from and what it went into, with dates and links', async () => {
    const api = mockApi();
    const merged = api.orgChanges.record(merge, { username: 'admin' });
    const heir = merged.successors[0].id;
    const renamed = api.orgChanges.record(
      {
        ...merge,
        kind: 'RENAME',
        effectiveDate: '2026-01-01',
        predecessorIds: [heir],
        newUnits: [{ name: 'UBND xã Sa Loong (tên mới)' }],
      },
      { username: 'admin' },
    );
    // The mock's unit reads only know the fixture units: show the lineage of Đắk Kan (34).
    renderWithProviders(null, { routes, url: '/units/34' });
    const lineage = await screen.findByTestId('unit-lineage');
    const after = await within(lineage).findByTestId(`lineage-after-${merged.id}`);
    expect(after).toHaveTextContent('01/07/2025 · Hợp nhất · 1677/NQ-UBTVQH15');
    expect(after).toHaveTextContent('Chuyển thành: Ủy ban nhân dân xã Sa Loong mới');
    expect(within(after).getByRole('link', { name: /01\/07\/2025/ })).toHaveAttribute(
      'href',
      `/org-changes/${merged.id}`,
    );
    expect(within(after).getByTestId(`unit-link-${heir}`)).toHaveAttribute(
      'href',
      `/units/${heir}`,
    );
    expect(renamed.id).toBeGreaterThan(merged.id);
  });

  it('says when a unit has gone through no change', async () => {
    mockApi();
    renderWithProviders(null, { routes, url: '/units/11' });
    const lineage = await screen.findByTestId('unit-lineage');
    expect(
      await within(lineage).findByText('Đơn vị chưa qua thay đổi tổ chức nào.'),
    ).toBeInTheDocument();
  });
});
