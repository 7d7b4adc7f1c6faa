/**
 * Organisation changes in the mock API: previews counted from the fixture plan (blocks naming a
 * predecessor, groups it belongs to), recording with new units from id 900, undo while nothing
 * builds on a change, one prepared package, and each unit's lineage. Only administrators and
 * coordinators preview, record and undo (the list says RECORD, a change UNDO, as the API does).
 */
import type {
  CurrentUser,
  DutyShare,
  Obligation,
  OrgChange,
  OrgChangeInput,
  OrgChangePackage,
  OrgChangePreview,
  UnitRef,
} from '@/types/api';
import { findUnit, groups } from './fixtures/units';
import { forbidden, json, page, problem } from './mock-http';

const BASIS = {
  documentType: 'NQ',
  number: '1677/NQ-UBTVQH15',
  issueDate: '2025-06-16',
  issuer: 'Ủy ban Thường vụ Quốc hội',
  title: null,
};

/** The package the backend ships, cut to two of its changes. */
export const ngocHoiPackage: OrgChangePackage = {
  code: 'ngoc-hoi-2025',
  title: 'Sắp xếp tổ chức năm 2025: huyện Ngọc Hồi (tỉnh Kon Tum) vào tỉnh Quảng Ngãi',
  notes: [
    'Đối chiếu với quyết định của tỉnh và sửa các thay đổi ở đây trước khi áp dụng nếu khác.',
  ],
  changes: [
    {
      kind: 'MERGE',
      effectiveDate: '2025-07-01',
      basis: BASIS,
      predecessorIds: [30, 31, 36],
      successorIds: [],
      newUnits: [{ name: 'Ủy ban nhân dân xã Bờ Y', shortName: 'UBND xã Bờ Y', ref: 'bo-y' }],
    },
    {
      kind: 'MERGE',
      effectiveDate: '2025-07-01',
      basis: BASIS,
      predecessorIds: [34, 37],
      successorIds: [],
      newUnits: [
        { name: 'Ủy ban nhân dân xã Sa Loong', shortName: 'UBND xã Sa Loong', ref: 'sa-loong' },
      ],
    },
  ],
};

function refOf(id: number): UnitRef | undefined {
  const found = findUnit(id);
  return found && { id, name: found.unit.name, shortName: found.unit.shortName };
}

function mayChange(user: CurrentUser) {
  return user.role === 'ADMIN' || user.role === 'COORDINATOR';
}

export class MockOrgChanges {
  changes: OrgChange[] = [];
  /** Units the recorded changes opened, by id. */
  opened = new Map<number, UnitRef>();
  private nextUnitId = 900;
  private nextChangeId = 1;

  constructor(private readonly obligations: (unitId: number) => Obligation[]) {}

  private unit(id: number): UnitRef | undefined {
    return this.opened.get(id) ?? refOf(id);
  }

  /**
   * A 404 for a unit the fixtures do not have, or null. Whether a change holds together is the
   * server's rule; tests that need a refusal answer it themselves.
   */
  private check(input: OrgChangeInput): Response | null {
    const p = input.predecessorIds ?? [];
    const s = input.successorIds ?? [];
    const unknown = [...p, ...s].find((id) => !this.unit(id));
    if (unknown !== undefined)
      return problem(
        404,
        'Không tìm thấy đơn vị',
        `Không tìm thấy đơn vị có mã ${unknown}.`,
        'E3001',
      );
    return null;
  }

  preview(input: OrgChangeInput): OrgChangePreview {
    const closing = (input.predecessorIds ?? []).map((id) => this.unit(id) as UnitRef);
    const continuing = (input.successorIds ?? []).map((id) => this.unit(id) as UnitRef);
    const opening = (input.newUnits ?? []).map((u) => u.name);
    const successorNames = [...opening, ...continuing.map((u) => u.name)];
    const direct = closing.flatMap((unit) =>
      this.obligations(unit.id)
        .filter((o) => o.viaGroup === null)
        .map((o) => ({ unit, o })),
    );
    const blocks = new Map(direct.map(({ unit, o }) => [`${unit.id}:${o.blockId}`, { unit, o }]));
    const memberships = closing.flatMap((unit) =>
      groups
        .filter((g) => g.members.some((m) => m.id === unit.id))
        .map((group) => ({ unit, group })),
    );
    const nameOf = (key: string) => {
      if (key.startsWith('ref:'))
        return input.newUnits?.find((u) => `ref:${u.ref}` === key)?.name ?? key;
      return this.unit(Number(key.slice(5)))?.name ?? key;
    };
    const chosen = (duty: DutyShare['duty'], objectId: number | null, from: UnitRef) => {
      const share = input.shares?.find(
        (s) =>
          s.duty === duty &&
          (s.objectId ?? null) === objectId &&
          (s.predecessorId ?? from.id) === from.id,
      );
      if (!share) return undefined;
      return [
        ...(share.successorRefs ?? []).map((r) => nameOf(`ref:${r}`)),
        ...(share.successorIds ?? []).map((id) => nameOf(`unit:${id}`)),
      ];
    };
    const share = (
      duty: DutyShare['duty'],
      objectId: number | null,
      label: string,
      from: UnitRef,
      fallback: string[],
    ): DutyShare => {
      const to = chosen(duty, objectId, from);
      return { duty, objectId, label, from, to: to ?? fallback, chosen: to !== undefined };
    };
    const shares: DutyShare[] =
      successorNames.length < 2
        ? []
        : [
            ...[...blocks.values()].map(({ unit, o }) =>
              share('ASSIGNMENT_BLOCK', o.blockId, `KH ${o.task.code}`, unit, successorNames),
            ),
            ...memberships.map(({ unit, group }) =>
              share('GROUP', group.id, group.name, unit, successorNames),
            ),
            ...closing.map((unit) =>
              share('AREA', null, unit.name, unit, successorNames.slice(0, 1)),
            ),
          ];
    return {
      kind: input.kind,
      effectiveDate: input.effectiveDate,
      closing,
      opening,
      continuing,
      assignments: blocks.size,
      groups: memberships.length,
      plans: [],
      openReports: 0,
      users: [],
      tokens: 0,
      shares,
    };
  }

  /** Records the change as the API would (tests use it to start with changes recorded). */
  record(input: OrgChangeInput, user: Pick<CurrentUser, 'username'>): OrgChange {
    const opened = (input.newUnits ?? []).map((u) => {
      const unit: UnitRef = { id: this.nextUnitId++, name: u.name, shortName: u.shortName ?? null };
      this.opened.set(unit.id, unit);
      return unit;
    });
    const change: OrgChange = {
      id: this.nextChangeId++,
      kind: input.kind,
      effectiveDate: input.effectiveDate,
      basis: { ...input.basis, title: input.basis.title ?? null },
      note: input.note ?? null,
      predecessors: (input.predecessorIds ?? []).map((id) => this.unit(id) as UnitRef),
      successors: [...opened, ...(input.successorIds ?? []).map((id) => this.unit(id) as UnitRef)],
      recordedBy: user.username,
      recordedAt: '2026-03-02T03:04:05Z',
      undoable: true,
      undoRefusal: null,
      actions: [],
      version: 0,
    };
    // A later change on the same units makes the earlier one impossible to undo.
    for (const earlier of this.changes) {
      if (earlier.successors.some((u) => change.predecessors.some((p) => p.id === u.id))) {
        earlier.undoable = false;
        earlier.undoRefusal = `Không thể hủy thay đổi theo văn bản ${earlier.basis.number}: đã có thay đổi sau dựa trên các đơn vị của nó.`;
      }
    }
    this.changes.push(change);
    return change;
  }

  private view(change: OrgChange, user: CurrentUser): OrgChange {
    return { ...change, actions: change.undoable && mayChange(user) ? ['UNDO'] : [] };
  }

  async handle(request: Request, url: URL, user: CurrentUser): Promise<Response | undefined> {
    const path = url.pathname;
    const method = request.method;
    let m: RegExpExecArray | null;
    const writes = method !== 'GET';

    if (path === '/api/v1/org-changes' && method === 'GET') {
      const sorted = [...this.changes].sort((a, b) =>
        a.effectiveDate === b.effectiveDate
          ? a.id - b.id
          : b.effectiveDate.localeCompare(a.effectiveDate),
      );
      return json({
        ...page(
          sorted.map((c) => this.view(c, user)),
          url.searchParams,
          20,
        ),
        actions: mayChange(user) ? ['RECORD'] : [],
      });
    }
    if (path.startsWith('/api/v1/org-changes') && writes && !mayChange(user)) return forbidden();
    if (path === '/api/v1/org-changes/preview' && method === 'POST') {
      const input = (await request.json()) as OrgChangeInput;
      return this.check(input) ?? json(this.preview(input));
    }
    if (path === '/api/v1/org-changes' && method === 'POST') {
      const input = (await request.json()) as OrgChangeInput;
      return this.check(input) ?? json(this.view(this.record(input, user), user), 201);
    }
    if (path === '/api/v1/org-changes/batch/preview' && method === 'POST') {
      const { changes } = (await request.json()) as { changes: OrgChangeInput[] };
      for (const input of changes) {
        const refused = this.check(input);
        if (refused) return refused;
      }
      return json(changes.map((input) => this.preview(input)));
    }
    if (path === '/api/v1/org-changes/batch' && method === 'POST') {
      const { changes } = (await request.json()) as { changes: OrgChangeInput[] };
      for (const input of changes) {
        const refused = this.check(input);
        if (refused) return refused;
      }
      return json(changes.map((input) => this.view(this.record(input, user), user)));
    }
    if ((m = /^\/api\/v1\/org-changes\/(\d+)$/.exec(path))) {
      const change = this.changes.find((c) => c.id === Number(m?.[1]));
      if (!change)
        return problem(404, 'Không tìm thấy', 'Không tìm thấy thay đổi tổ chức.', 'NOT_FOUND');
      if (method === 'GET') return json(this.view(change, user));
      if (method === 'DELETE') {
        if (!change.undoable)
          return problem(409, 'Xung đột dữ liệu', change.undoRefusal ?? '', 'CONFLICT');
        this.changes = this.changes.filter((c) => c !== change);
        for (const unit of change.successors) this.opened.delete(unit.id);
        return new Response(null, { status: 204 });
      }
    }
    if (path === '/api/v1/org-change-packages' && method === 'GET')
      return json([
        {
          code: ngocHoiPackage.code,
          title: ngocHoiPackage.title,
          changes: ngocHoiPackage.changes.length,
        },
      ]);
    if ((m = /^\/api\/v1\/org-change-packages\/([^/]+)$/.exec(path)) && method === 'GET')
      return m[1] === ngocHoiPackage.code
        ? json(ngocHoiPackage)
        : problem(404, 'Không tìm thấy', 'Không có gói thay đổi này.', 'NOT_FOUND');
    if ((m = /^\/api\/v1\/units\/(\d+)\/lineage$/.exec(path)) && method === 'GET') {
      const id = Number(m[1]);
      const unit = this.unit(id);
      if (!unit)
        return problem(404, 'Không tìm thấy đơn vị', `Không tìm thấy đơn vị có mã ${id}.`, 'E3001');
      const step = (c: OrgChange) => ({
        changeId: c.id,
        kind: c.kind,
        effectiveDate: c.effectiveDate,
        basisNumber: c.basis.number,
        from: c.predecessors,
        to: c.successors,
      });
      return json({
        unit,
        before: this.changes.filter((c) => c.successors.some((u) => u.id === id)).map(step),
        after: this.changes.filter((c) => c.predecessors.some((u) => u.id === id)).map(step),
      });
    }
    return undefined;
  }
}
