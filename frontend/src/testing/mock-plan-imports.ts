/**
 * The plan-import side of the mock API. Any text (pasted or uploaded) reads into the same small
 * draft: a plan of the district committee with one target and one task whose lead, "Phòng Văn hóa
 * và Thông tin", matches no unit. Problems are recomputed as the backend does for the cases used
 * here: an unknown unit without a choice (`units.<key>`, UNRESOLVED_UNIT), a block with neither a
 * lead nor implementing parties (`….block.lead`, NO_PARTY), a target without a year. A choice of
 * only a key clears it, as on the server. Confirming makes the fixture plan (id 1).
 */
import type {
  CurrentUser,
  DraftPlan,
  DraftProblem,
  PlanImport,
  UnitChoice,
  UnitChoiceInput,
} from '@/types/api';
import { planSummary } from './fixtures/ngoc-hoi-plan';
import { findUnit, groups } from './fixtures/units';
import { forbidden, json, page, problem } from './mock-http';

export const NEW_UNIT_KEY = 'new-phong-van-hoa';
export const NEW_UNIT_NAME = 'Phòng Văn hóa và Thông tin';

/** The draft every document reads into; `lead` of the one block is the unknown unit. */
export function draftPlan(): DraftPlan {
  return {
    key: 'kh-135-2024',
    documentType: 'PLAN',
    number: '135',
    symbol: 'KH-UBND',
    issuer: 'unit-3',
    coordinator: 'unit-12',
    place: 'Ngọc Hồi',
    issueDate: '2024-05-20',
    issueYear: 2024,
    status: 'ISSUED',
    title: 'Kế hoạch phát triển văn hóa cơ sở giai đoạn 2024 - 2025',
    targets: [
      {
        targetYear: 2025,
        text: 'Phấn đấu 90% thôn, làng đạt danh hiệu văn hóa',
        kind: 'QUANTITATIVE',
        low: 90,
        high: null,
        measureUnit: '%',
        approximate: false,
        indicator: null,
      },
    ],
    tasks: [
      {
        label: '1.',
        text: 'Phát triển phong trào văn hóa',
        items: [
          {
            label: 'a)',
            text: 'Tổ chức các hoạt động văn hóa, văn nghệ',
            body: [
              { action: 'Tổ chức liên hoan văn nghệ quần chúng hằng năm', block: null },
              {
                action: null,
                block: {
                  lead: NEW_UNIT_KEY,
                  guidance: null,
                  coordinating: [{ unit: 'unit-11', group: null }],
                  implementing: [{ unit: null, group: 'ALL_COMMUNES' }],
                  timeframe: 'DUE',
                  dueDate: '2024-12-31',
                  sourceText:
                    'Phòng Văn hóa và Thông tin chủ trì, phối hợp Phòng Giáo dục và Đào tạo; thời gian: trước 31/12/2024.',
                  timeframeText: 'trước 31/12/2024',
                },
              },
            ],
          },
        ],
      },
    ],
  };
}

interface Stored {
  view: PlanImport;
  choices: Map<string, UnitChoiceInput>;
}

const stale = () =>
  problem(
    409,
    'Dữ liệu đã thay đổi',
    'Bản nháp đã được sửa ở nơi khác. Vui lòng tải lại.',
    'STALE_VERSION',
  );

function unitName(key: string): string | undefined {
  const m = /^unit-(\d+)$/.exec(key);
  return m ? findUnit(Number(m[1]))?.unit.name : undefined;
}

export class MockPlanImports {
  private readonly imports = new Map<number, Stored>();
  private nextId = 1;

  get(id: number): PlanImport | undefined {
    return this.imports.get(id)?.view;
  }

  /** Reads `text` into a new draft, as POST /plan-imports(/file) does. */
  create(text: string, sourceName: string | null, plan: DraftPlan = draftPlan()): PlanImport {
    const id = this.nextId++;
    const stored: Stored = {
      view: {
        id,
        status: 'DRAFT',
        sourceName,
        sourceText: text,
        plan,
        units: [],
        warnings: [
          { kind: 'UNMATCHED_UNIT', text: NEW_UNIT_NAME, where: 'Nhiệm vụ 1.a' },
          { kind: 'STRUCTURE_GUESSED', text: 'Phần II. Nhiệm vụ', where: 'dòng 12' },
        ],
        problems: [],
        unitNames: {},
        groupNames: {},
        planId: null,
        createdAt: new Date().toISOString(),
        version: 1,
      },
      choices: new Map(),
    };
    this.imports.set(id, stored);
    this.recompute(stored);
    return stored.view;
  }

  private recompute(stored: Stored) {
    const { view, choices } = stored;
    const plan = view.plan;
    const keys = new Set<string>();
    const groupCodes = new Set<string>();
    const problems: DraftProblem[] = [];
    const note = (key: string | null | undefined) => key && keys.add(key);
    note(plan.issuer);
    note(plan.coordinator);
    plan.targets?.forEach((target, i) => {
      if (target.targetYear == null)
        problems.push({
          code: 'MISSING',
          field: `targets[${i}].targetYear`,
          message: 'Chưa có năm của mục tiêu.',
        });
    });
    plan.tasks?.forEach((group, g) =>
      group.items?.forEach((item, i) =>
        item.body?.forEach((entry, b) => {
          const block = entry.block;
          if (!block) return;
          note(block.lead);
          note(block.guidance);
          for (const party of [...(block.coordinating ?? []), ...(block.implementing ?? [])]) {
            note(party.unit);
            if (party.group) groupCodes.add(party.group);
          }
          if (!block.lead && !block.implementing?.length)
            problems.push({
              code: 'NO_PARTY',
              field: `tasks[${g}].items[${i}].body[${b}].block.lead`,
              message: 'Nhiệm vụ chưa có đơn vị chủ trì.',
            });
        }),
      ),
    );
    const units: UnitChoice[] = [...keys]
      .filter((key) => key.startsWith('new-'))
      .map((key) => {
        const choice = choices.get(key);
        return {
          key,
          name: key === NEW_UNIT_KEY ? NEW_UNIT_NAME : key,
          where: 'Nhiệm vụ 1.a',
          unitId: choice?.unitId ?? null,
          kind: choice?.kind ?? null,
          newName: choice?.kind ? (choice.name ?? null) : null,
          parentId: choice?.parentId ?? null,
          resolved: Boolean(choice?.unitId || choice?.kind),
        };
      });
    for (const unit of units)
      if (!unit.resolved)
        problems.unshift({
          code: 'UNRESOLVED_UNIT',
          field: `units.${unit.key}`,
          message: `Chưa chọn đơn vị có sẵn hoặc tạo mới cho "${unit.name}".`,
        });
    const unitNames: Record<string, string> = {};
    for (const key of keys) {
      const name = unitName(key);
      if (name) unitNames[key] = name;
    }
    const groupNames: Record<string, string> = {};
    for (const code of groupCodes) {
      const group = groups.find((g) => g.code === code);
      if (group) groupNames[code] = group.name;
    }
    stored.view = { ...view, units, problems, unitNames, groupNames };
  }

  async handle(request: Request, url: URL, user: CurrentUser): Promise<Response | undefined> {
    const path = url.pathname;
    if (!path.startsWith('/api/v1/plan-imports')) return undefined;
    if (user.role !== 'ADMIN') return forbidden();
    const method = request.method;
    if (path === '/api/v1/plan-imports' && method === 'POST') {
      const { text } = (await request.json()) as { text: string };
      if (!text.trim())
        return problem(422, 'Văn bản trống', 'Không có nội dung để đọc.', 'EMPTY_INPUT');
      return json(this.create(text, null), 201);
    }
    if (path === '/api/v1/plan-imports' && method === 'GET') {
      const status = url.searchParams.get('status');
      const items = [...this.imports.values()]
        .map(({ view }) => view)
        .filter((view) => !status || view.status === status)
        .sort((a, b) => b.id - a.id)
        .map(({ id, status, sourceName, plan, createdAt, planId }) => ({
          id,
          status,
          sourceName,
          title: plan.title ?? null,
          createdAt,
          planId,
        }));
      return json(page(items, url.searchParams, 20));
    }
    if (path === '/api/v1/plan-imports/file' && method === 'POST') {
      const file = (await request.formData()).get('file');
      if (!file || typeof file === 'string')
        return problem(400, 'Thiếu tệp', 'Không có tệp tải lên.', 'E1400');
      const text = await file.text();
      if (!text.trim())
        return problem(422, 'Văn bản trống', 'Tệp không có nội dung để đọc.', 'EMPTY_INPUT');
      return json(this.create(text, file.name), 201);
    }
    const m = /^\/api\/v1\/plan-imports\/(\d+)(\/confirm)?$/.exec(path);
    const stored = m ? this.imports.get(Number(m[1])) : undefined;
    if (!m || !stored)
      return problem(404, 'Không tìm thấy', 'Không tìm thấy bản nháp.', 'IMPORT_NOT_FOUND');
    const view = stored.view;
    if (!m[2] && method === 'GET') return json(view);
    if (!m[2] && method === 'PUT') {
      const body = (await request.json()) as {
        plan: DraftPlan;
        units: UnitChoiceInput[];
        version: number;
      };
      if (body.version !== view.version) return stale();
      for (const choice of body.units) stored.choices.set(choice.key, choice);
      stored.view = { ...view, plan: body.plan, version: view.version + 1 };
      this.recompute(stored);
      return json(stored.view);
    }
    if (!m[2] && method === 'DELETE') {
      if (Number(url.searchParams.get('version')) !== view.version) return stale();
      this.imports.delete(view.id);
      return new Response(null, { status: 204 });
    }
    if (m[2] && method === 'POST') {
      const { version } = (await request.json()) as { version: number };
      if (version !== view.version) return stale();
      if (view.problems.length > 0)
        return problem(
          422,
          'Bản nháp chưa hoàn chỉnh',
          'Còn vấn đề phải xử lý trước khi xác nhận.',
          'IMPORT_HAS_PROBLEMS',
        );
      stored.view = { ...view, status: 'CONFIRMED', planId: planSummary.id, version: version + 1 };
      return json(stored.view);
    }
    return undefined;
  }
}
