/**
 * The reporting side of the mock API: periods of the fixture plan, one report per unit that owes
 * tasks, editing by the unit's officer, review by the plan's coordinators, and each report's
 * history. Periods start with the annual one of 2026 (all drafts, except Phòng GD&ĐT's) and a
 * 6-month review (Bờ Y's accepted, late). Entries carry obstacles; the coordinator handles them on
 * the plan's board (`/plans/{id}/obstacles`, `PUT /obstacles/{id}`).
 */
import type {
  Compliance,
  Consolidated,
  ConsolidatedUpdate,
  CurrentUser,
  Evidence,
  FinaliseInput,
  EntryInput,
  Figure,
  FigureInput,
  HistoryEntry,
  Obligation,
  Obstacle,
  ObstacleHandling,
  ObstacleItem,
  OverdueTask,
  Period,
  PeriodInput,
  ObstacleInput,
  Report,
  ReportEntry,
  ReportSummary,
  TaskCompliance,
  TaskNode,
} from '@/types/api';
import { richTextToPlain } from '@/utils/rich-text';
import { planDetail, taskTree } from './fixtures/ngoc-hoi-plan';
import { unitRef, unitTree } from './fixtures/units';
import { forbidden, json, page, problem } from './mock-http';

type UnitNodeLike = { id: number; children: UnitNodeLike[] };
type PeriodRecord = Omit<Period, 'compliance' | 'canReadConsolidatedReport'>;

/** Task ids in document order. */
function documentOrder(nodes: TaskNode[]): number[] {
  return nodes.flatMap((n) => [n.id, ...documentOrder(n.children)]);
}

function allUnitIds(nodes: UnitNodeLike[]): number[] {
  return nodes.flatMap((n) => [n.id, ...allUnitIds(n.children)]);
}

function fieldProblem(field: string, message: string) {
  return json(
    {
      type: '/problems/validation-failed',
      title: 'Dữ liệu không hợp lệ',
      status: 422,
      detail: 'Dữ liệu gửi lên không hợp lệ.',
      code: 'VALIDATION_FAILED',
      errors: [{ field, message }],
    },
    422,
  );
}

const KEPT_TAGS = new Set(['p', 'br', 'strong', 'b', 'em', 'i', 'u', 's', 'ul', 'ol', 'li', 'a']);

/**
 * Results as the server keeps them: only p, br, strong/b, em/i, u, s, ul, ol, li and a[href]
 * (http, https, mailto); other tags are dropped with their attributes, their text kept.
 */
function sanitiseResults(html: string): string {
  return html.replace(/<(\/?)([a-z0-9]+)([^>]*)>/gi, (_, close: string, name: string, attrs) => {
    const tag = name.toLowerCase();
    if (!KEPT_TAGS.has(tag)) return '';
    if (close || tag !== 'a') return `<${close}${tag}>`;
    const href = /\shref\s*=\s*"([^"]*)"/i.exec(attrs as string)?.[1];
    return href && /^(https?:|mailto:)/i.test(href) ? `<a href="${href}">` : '<a>';
  });
}

/** The figures as the server checks them (at most 20; label, value and unit within bounds). */
function checkFigures(inputs: FigureInput[]): Figure[] | Response {
  if (inputs.length > 20) return fieldProblem('figures', 'tối đa 20 số liệu');
  const figures: Figure[] = [];
  for (const { label, value, unit } of inputs) {
    if (!label?.trim() || label.length > 200) return fieldProblem('figures.label', 'không hợp lệ');
    if (
      typeof value !== 'number' ||
      value < 0 ||
      value >= 1e13 ||
      !/^\d+(\.\d{1,2})?$/.test(String(value))
    )
      return fieldProblem('figures.value', 'không hợp lệ');
    if (unit && unit.length > 50) return fieldProblem('figures.unit', 'tối đa 50 ký tự');
    figures.push({ label: label.trim(), value, unit: unit?.trim() || null });
  }
  return figures;
}

const stale = () =>
  problem(
    409,
    'Dữ liệu đã thay đổi',
    'Báo cáo đã được người khác sửa. Vui lòng tải lại.',
    'STALE_VERSION',
  );
const wrongState = (detail: string) => problem(409, 'Không thực hiện được', detail, 'REPORT_STATE');
const obstacleHandled = () =>
  problem(
    409,
    'Không sửa được',
    'Khó khăn, vướng mắc đã được xử lý, đơn vị không sửa hoặc xóa được.',
    'OBSTACLE_HANDLED',
  );
const finalised = () =>
  problem(
    409,
    'Không thực hiện được',
    'Báo cáo tổng hợp đã ban hành, không sửa hoặc tổng hợp lại được.',
    'CONSOLIDATED_FINAL',
  );
const REVIEWED: readonly string[] = ['SUBMITTED', 'ACCEPTED'];
const reportNotFound = () =>
  problem(404, 'Không tìm thấy', 'Không tìm thấy báo cáo.', 'REPORT_NOT_FOUND');
const evidenceRefused = (detail: string) =>
  problem(422, 'Tệp không hợp lệ', detail, 'EVIDENCE_REFUSED');
const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;
/** The mock tells a file's type by its name; the server reads the content. */
const EVIDENCE_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
};

/** The SHA-256 of `data` in hex. */
async function sha256(data: ArrayBuffer): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', data);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export class MockReporting {
  private readonly periods: PeriodRecord[] = [];
  private readonly reports: Report[] = [];
  private readonly history = new Map<number, HistoryEntry[]>();
  private readonly owingUnits: number[];
  private nextObstacleId = 1;
  private nextEvidenceId = 1;
  /** Evidence files' content by id. */
  private readonly evidenceContent = new Map<number, ArrayBuffer>();
  /** What `GET /plans/{id}/overdue-tasks` lists; none unless a test sets them. */
  overdueTasks: OverdueTask[] = [];
  /** Consolidated reports by period. */
  readonly consolidated = new Map<number, Consolidated>();
  /** The issuer's last number by year. */
  private readonly lastNumber = new Map<string, number>();

  constructor(private readonly obligations: (unitId: number) => Obligation[]) {
    this.owingUnits = allUnitIds(unitTree.units).filter((id) => obligations(id).length > 0);
    const annual = this.addPeriod({
      kind: 'ANNUAL',
      title: 'Báo cáo năm 2026',
      windowStart: '2025-12-15',
      windowEnd: '2026-12-14',
      dueDate: '2026-12-15',
    });
    this.submitAs(this.find(annual.id, 11), '2026-11-20T03:00:00Z', false);
    const review = this.addPeriod({
      kind: 'REVIEW',
      title: 'Sơ kết 6 tháng đầu năm 2026',
      windowStart: '2026-01-01',
      windowEnd: '2026-06-15',
      dueDate: '2026-06-20',
    });
    const boy = this.find(review.id, 31);
    this.submitAs(boy, '2026-06-25T03:00:00Z', true);
    boy.status = 'ACCEPTED';
    boy.acceptedAt = '2026-06-26T03:00:00Z';
  }

  /** Adds an obstacle to a report's entry (the first one unless `taskIndex`), for tests. */
  addObstacle(report: Report, fields: Partial<Obstacle> = {}, taskIndex = 0): Obstacle {
    const obstacle: Obstacle = {
      id: this.nextObstacleId++,
      description: 'Thiếu kinh phí',
      proposal: null,
      status: 'OPEN',
      owner: null,
      response: null,
      handledAt: null,
      version: 1,
      ...fields,
    };
    report.entries[taskIndex].obstacles.push(obstacle);
    return obstacle;
  }

  /** Attaches an evidence file to a report's entry (the first one unless `taskIndex`), for tests. */
  addEvidence(report: Report, fields: Partial<Evidence> = {}, taskIndex = 0): Evidence {
    const evidence: Evidence = {
      id: this.nextEvidenceId++,
      fileName: 'bien-ban.pdf',
      mediaType: 'application/pdf',
      size: 245_760,
      sha256: '3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b',
      uploadedAt: '2026-11-20T02:00:00Z',
      ...fields,
    };
    report.entries[taskIndex].evidence.push(evidence);
    this.evidenceContent.set(evidence.id, new TextEncoder().encode('%PDF-1.7').buffer);
    return evidence;
  }

  /** The report of a unit in a period, for tests. */
  find(periodId: number, unitId: number): Report {
    const report = this.reports.find((r) => r.periodId === periodId && r.unit.id === unitId);
    if (!report) throw new Error(`mock: no report of unit ${unitId} in period ${periodId}`);
    return report;
  }

  private submitAs(report: Report, at: string, late: boolean) {
    Object.assign(report, { status: 'SUBMITTED', submittedAt: at, late });
  }

  /** A period; it keeps its scope but asks every task of every unit (the mock does not scope). */
  private addPeriod(
    fields: Omit<PeriodRecord, 'id' | 'planId' | 'taskIds' | 'unitIds'> &
      Partial<Pick<PeriodRecord, 'taskIds' | 'unitIds'>>,
  ): PeriodRecord {
    const period: PeriodRecord = {
      id: this.periods.length + 1,
      planId: planDetail.id,
      taskIds: [],
      unitIds: [],
      ...fields,
    };
    this.periods.push(period);
    for (const unitId of this.owingUnits) {
      const seen = new Set<number>();
      const entries = this.obligations(unitId).flatMap((o) => {
        if (seen.has(o.task.id)) return [];
        seen.add(o.task.id);
        return [
          {
            taskId: o.task.id,
            taskCode: o.task.code,
            taskText: o.task.text,
            role: o.role,
            progress: 'NOT_STARTED' as const,
            results: null,
            obstacles: [] as Obstacle[],
            evidence: [] as Evidence[],
            figures: [] as Figure[],
          },
        ];
      });
      this.reports.push({
        id: this.reports.length + 1,
        periodId: period.id,
        periodTitle: period.title,
        dueDate: period.dueDate,
        unit: unitRef(unitId),
        status: 'DRAFT',
        submittedAt: null,
        late: false,
        returnReason: null,
        acceptedAt: null,
        transferNote: null,
        entries,
        version: 1,
      });
    }
    return period;
  }

  private compliance(periodId: number): Compliance {
    return this.count(this.reports.filter((r) => r.periodId === periodId));
  }

  /** Each task some unit owes in the period, in document order, with its units' reports. */
  private taskCompliance(periodId: number): TaskCompliance[] {
    const reports = this.reports.filter((r) => r.periodId === periodId);
    const order = new Map(documentOrder(taskTree).map((id, i) => [id, i]));
    const codes = new Map(reports.flatMap((r) => r.entries.map((e) => [e.taskId, e.taskCode])));
    return [...codes]
      .sort(([a], [b]) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
      .map(([taskId, taskCode]) => ({
        taskId,
        taskCode,
        compliance: this.count(reports.filter((r) => r.entries.some((e) => e.taskId === taskId))),
      }));
  }

  private count(reports: Report[]): Compliance {
    const submitted = reports.filter((r) => r.submittedAt).length;
    const late = reports.filter((r) => r.late).length;
    return {
      expected: reports.length,
      submitted,
      onTime: submitted - late,
      late,
      missing: reports.length - submitted,
      returned: reports.filter((r) => r.status === 'RETURNED').length,
      accepted: reports.filter((r) => r.status === 'ACCEPTED').length,
    };
  }

  private view(period: PeriodRecord, user: CurrentUser): Period {
    return {
      ...period,
      compliance: this.compliance(period.id),
      canReadConsolidatedReport: this.reviews(user) || user.role === 'LEADER',
    };
  }

  private summary(report: Report): ReportSummary {
    const { id, periodId, unit, status, submittedAt, late, acceptedAt, version } = report;
    return { id, periodId, unit, status, submittedAt, late, acceptedAt, version };
  }

  private record(report: Report, user: CurrentUser, field: string, before: string | null) {
    const list = this.history.get(report.id) ?? [];
    const after = field === 'status' ? report.status : null;
    list.unshift({
      revision: report.version,
      at: new Date().toISOString(),
      change: 'MODIFIED',
      actor: { userId: user.id, username: user.username, via: 'SESSION' },
      ip: '127.0.0.1',
      note: null,
      changes: [{ field, before, after }],
    });
    this.history.set(report.id, list);
  }

  private reviews(user: CurrentUser) {
    return (
      user.role === 'ADMIN' ||
      (user.role === 'COORDINATOR' && user.units.some((u) => u.id === planDetail.coordinator?.id))
    );
  }

  private owns(user: CurrentUser, report: Report) {
    return user.role === 'UNIT_OFFICER' && user.units.some((u) => u.id === report.unit.id);
  }

  /** Answers the reporting endpoints; undefined for any other path. */
  async handle(request: Request, url: URL, user: CurrentUser): Promise<Response | undefined> {
    const path = url.pathname;
    const s = url.searchParams;
    const method = request.method;
    let m: RegExpExecArray | null;

    if ((m = /^\/api\/v1\/plans\/(\d+)\/periods$/.exec(path))) {
      if (Number(m[1]) !== planDetail.id) return undefined;
      if (method === 'POST') return this.createPeriod(request, user);
      const periods = [...this.periods].sort((a, b) => b.dueDate.localeCompare(a.dueDate));
      return json(
        page(
          periods.map((p) => this.view(p, user)),
          s,
          20,
        ),
      );
    }
    if ((m = /^\/api\/v1\/plans\/(\d+)\/overdue-tasks$/.exec(path)) && method === 'GET') {
      if (Number(m[1]) !== planDetail.id) return undefined;
      return json(page(this.overdueTasks, s, 20));
    }
    if ((m = /^\/api\/v1\/plans\/(\d+)\/obstacles$/.exec(path)) && method === 'GET') {
      if (Number(m[1]) !== planDetail.id) return undefined;
      return json(page(this.obstacleItems(user, s), s, 20));
    }
    if ((m = /^\/api\/v1\/obstacles\/(\d+)$/.exec(path)) && method === 'PUT')
      return this.handleObstacle(Number(m[1]), request, user);
    if ((m = /^\/api\/v1\/periods\/(\d+)\/consolidated-report(\/[a-z]+)?$/.exec(path)))
      return this.handleConsolidated(Number(m[1]), m[2], request, user);
    if ((m = /^\/api\/v1\/periods\/(\d+)\/task-compliance$/.exec(path)) && method === 'GET') {
      const periodId = Number(m[1]);
      if (!this.periods.some((p) => p.id === periodId))
        return problem(404, 'Không tìm thấy', 'Không tìm thấy kỳ báo cáo.', 'PERIOD_NOT_FOUND');
      return json(page(this.taskCompliance(periodId), s, 20));
    }
    if ((m = /^\/api\/v1\/periods\/(\d+)\/accept$/.exec(path)) && method === 'POST')
      return this.acceptAll(Number(m[1]), request, user);
    if ((m = /^\/api\/v1\/periods\/(\d+)(\/reports)?$/.exec(path))) {
      const period = this.periods.find((p) => p.id === Number(m?.[1]));
      if (!period)
        return problem(404, 'Không tìm thấy', 'Không tìm thấy kỳ báo cáo.', 'PERIOD_NOT_FOUND');
      if (!m[2]) return json(this.view(period, user));
      const status = s.get('status');
      const reports = this.reports
        .filter((r) => r.periodId === period.id && (!status || r.status === status))
        .filter((r) => user.role !== 'UNIT_OFFICER' || this.owns(user, r))
        .sort((a, b) => a.unit.name.localeCompare(b.unit.name, 'vi'));
      return json(
        page(
          reports.map((r) => this.summary(r)),
          s,
          20,
        ),
      );
    }
    if ((m = /^\/api\/v1\/reports\/(\d+)\/entries\/(\d+)\/evidence$/.exec(path))) {
      const report = this.visibleReport(Number(m[1]), user);
      if (!report) return reportNotFound();
      if (method === 'POST') return this.attach(report, Number(m[2]), request, user);
    }
    if ((m = /^\/api\/v1\/reports\/(\d+)\/evidence\/(\d+)$/.exec(path))) {
      const report = this.visibleReport(Number(m[1]), user);
      if (!report) return reportNotFound();
      return this.evidence(report, Number(m[2]), method, user);
    }
    if ((m = /^\/api\/v1\/reports\/(\d+)(\/[a-z]+)?$/.exec(path))) {
      const report = this.visibleReport(Number(m[1]), user);
      if (!report) return reportNotFound();
      const action = m[2];
      if (!action && method === 'GET') return json(report);
      if (action === '/history' && method === 'GET')
        return json(page(this.history.get(report.id) ?? [], s, 20));
      const body = (await request.json()) as {
        version: number;
        entries?: EntryInput[];
        reason?: string;
      };
      if (!action && method === 'PUT') return this.update(report, body, user);
      if (action === '/submit') return this.submit(report, body.version, user);
      if (action === '/return' || action === '/accept') {
        if (!this.reviews(user)) return forbidden();
        if (report.status !== 'SUBMITTED') return wrongState('Chỉ xem xét được báo cáo đã nộp.');
        if (body.version !== report.version) return stale();
        if (action === '/return') {
          if (!body.reason?.trim()) return fieldProblem('reason', 'không được để trống');
          Object.assign(report, { status: 'RETURNED', returnReason: body.reason.trim() });
        } else {
          Object.assign(report, { status: 'ACCEPTED', acceptedAt: new Date().toISOString() });
        }
        report.version += 1;
        this.record(report, user, 'status', 'SUBMITTED');
        return json(report);
      }
    }
    return undefined;
  }

  /** A report the user may see: a unit officer sees only their unit's. */
  private visibleReport(id: number, user: CurrentUser): Report | undefined {
    const report = this.reports.find((r) => r.id === id);
    return report && (user.role !== 'UNIT_OFFICER' || this.owns(user, report)) ? report : undefined;
  }

  /** POST …/entries/{taskId}/evidence: multipart field `file`, checked as the server does. */
  private async attach(report: Report, taskId: number, request: Request, user: CurrentUser) {
    const refused = this.editable(report, user, report.version);
    if (refused) return refused;
    const entry = report.entries.find((e) => e.taskId === taskId);
    if (!entry)
      return problem(422, 'Không thực hiện được', 'Nhiệm vụ không thuộc báo cáo này.', 'E4422');
    const file = (await request.formData()).get('file');
    // Not `instanceof Blob`: the parsed File is Node's, the tests' Blob may be jsdom's.
    if (file === null || typeof file === 'string')
      return fieldProblem('file', 'không được để trống');
    const name = file instanceof Object && 'name' in file ? String(file.name) : 'tep';
    if (file.size === 0) return evidenceRefused('Tệp không có nội dung.');
    if (file.size > MAX_EVIDENCE_BYTES) return evidenceRefused('Tệp lớn hơn 10 MB.');
    if (entry.evidence.length >= 10)
      return evidenceRefused('Mỗi nhiệm vụ có tối đa 10 tệp minh chứng.');
    const mediaType = EVIDENCE_TYPES[name.split('.').pop()?.toLowerCase() ?? ''];
    if (!mediaType)
      return evidenceRefused(
        'Chỉ nhận tệp PDF, DOCX, XLSX, JPG và PNG; nội dung tệp này không thuộc loại nào trong số đó.',
      );
    const content = await file.arrayBuffer();
    const evidence: Evidence = {
      id: this.nextEvidenceId++,
      fileName: name,
      mediaType,
      size: file.size,
      sha256: await sha256(content),
      uploadedAt: new Date().toISOString(),
    };
    entry.evidence.push(evidence);
    this.evidenceContent.set(evidence.id, content);
    return json(evidence);
  }

  /** GET (download) or DELETE …/evidence/{evidenceId}. */
  private evidence(report: Report, evidenceId: number, method: string, user: CurrentUser) {
    const entry = report.entries.find((e) => e.evidence.some((f) => f.id === evidenceId));
    const evidence = entry?.evidence.find((f) => f.id === evidenceId);
    if (!entry || !evidence)
      return problem(404, 'Không tìm thấy', 'Không tìm thấy tệp minh chứng.', 'E4404');
    if (method === 'GET')
      return new Response(this.evidenceContent.get(evidenceId) ?? null, {
        headers: {
          'Content-Type': evidence.mediaType,
          'Content-Disposition': `attachment; filename="${evidence.fileName}"`,
        },
      });
    if (method !== 'DELETE') return undefined;
    const refused = this.editable(report, user, report.version);
    if (refused) return refused;
    entry.evidence = entry.evidence.filter((f) => f.id !== evidenceId);
    this.evidenceContent.delete(evidenceId);
    return new Response(null, { status: 204 });
  }

  private async createPeriod(request: Request, user: CurrentUser) {
    if (!this.reviews(user)) return forbidden();
    const body = (await request.json()) as PeriodInput;
    if (body.kind === 'ANNUAL') {
      if (!body.year) return fieldProblem('year', 'không được để trống');
      const period = this.addPeriod({
        kind: 'ANNUAL',
        title: `Báo cáo năm ${body.year}`,
        windowStart: `${body.year - 1}-12-15`,
        windowEnd: `${body.year}-12-14`,
        dueDate: body.dueDate ?? `${body.year}-12-15`,
      });
      return json(this.view(period, user), 201);
    }
    if (!body.title?.trim()) return fieldProblem('title', 'không được để trống');
    if (!body.windowStart || !body.windowEnd || !body.dueDate)
      return fieldProblem('dueDate', 'không được để trống');
    const period = this.addPeriod({
      kind: body.kind,
      title: body.title.trim(),
      windowStart: body.windowStart,
      windowEnd: body.windowEnd,
      dueDate: body.dueDate,
      taskIds: body.taskIds ?? [],
      unitIds: body.unitIds ?? [],
    });
    return json(this.view(period, user), 201);
  }

  private items(): { item: ObstacleItem; obstacle: Obstacle }[] {
    const due = new Map(this.periods.map((p) => [p.id, p.dueDate]));
    return this.reports
      .filter((r) => REVIEWED.includes(r.status))
      .sort(
        (a, b) =>
          (due.get(b.periodId) ?? '').localeCompare(due.get(a.periodId) ?? '') ||
          a.unit.name.localeCompare(b.unit.name, 'vi'),
      )
      .flatMap((report) =>
        report.entries.flatMap((entry) =>
          entry.obstacles.map((obstacle) => ({
            obstacle,
            item: {
              ...obstacle,
              periodId: report.periodId,
              periodTitle: report.periodTitle,
              reportId: report.id,
              unit: report.unit,
              taskId: entry.taskId,
              taskCode: entry.taskCode,
              taskText: entry.taskText,
            },
          })),
        ),
      );
  }

  private obstacleItems(user: CurrentUser, s: URLSearchParams): ObstacleItem[] {
    const periodId = s.get('periodId');
    const statuses = s.getAll('status');
    const mine = (id: number | undefined) => user.units.some((u) => u.id === id);
    return this.items()
      .map(({ item }) => item)
      .filter((i) => !periodId || i.periodId === Number(periodId))
      .filter((i) => statuses.length === 0 || statuses.includes(i.status))
      .filter((i) => user.role !== 'UNIT_OFFICER' || mine(i.unit.id) || mine(i.owner?.id));
  }

  private async handleObstacle(id: number, request: Request, user: CurrentUser) {
    const found = this.items().find(({ obstacle }) => obstacle.id === id);
    if (!found && !this.reviews(user)) return forbidden();
    if (!found)
      return problem(404, 'Không tìm thấy', 'Không tìm thấy khó khăn, vướng mắc.', 'E4404');
    const body = (await request.json()) as ObstacleHandling;
    const { obstacle } = found;
    // The owning unit's officer moves the status on and answers, but hands it to no one else.
    const ownerOfficer =
      user.role === 'UNIT_OFFICER' &&
      obstacle.owner != null &&
      user.units.some((u) => u.id === obstacle.owner?.id);
    if (
      !this.reviews(user) &&
      (!ownerOfficer || (body.ownerUnitId != null && body.ownerUnitId !== obstacle.owner?.id))
    )
      return forbidden();
    if (body.version !== obstacle.version) return stale();
    const response = body.response?.trim() || null;
    if ((body.status === 'RESOLVED' || body.status === 'ESCALATED') && !response)
      return fieldProblem('response', 'không được để trống');
    Object.assign(obstacle, {
      status: body.status,
      owner: body.ownerUnitId != null ? unitRef(body.ownerUnitId) : obstacle.owner,
      response: body.response !== undefined ? response : obstacle.response,
      handledAt: new Date().toISOString(),
      version: obstacle.version + 1,
    });
    return json({ ...found.item, ...obstacle });
  }

  private async acceptAll(periodId: number, request: Request, user: CurrentUser) {
    if (!this.reviews(user)) return forbidden();
    const body = (await request.json()) as { reports: { id: number; version: number }[] };
    const chosen = body.reports.map(({ id, version }) => ({
      report: this.reports.find((r) => r.id === id && r.periodId === periodId),
      version,
    }));
    for (const { report, version } of chosen) {
      if (!report || report.status !== 'SUBMITTED')
        return wrongState('Chỉ tiếp nhận được báo cáo đã nộp của kỳ này.');
      if (report.version !== version) return stale();
    }
    const accepted = chosen.map(({ report }) => {
      const r = report as Report;
      Object.assign(r, { status: 'ACCEPTED', acceptedAt: new Date().toISOString() });
      r.version += 1;
      this.record(r, user, 'status', 'SUBMITTED');
      return this.summary(r);
    });
    return json({ accepted });
  }

  private editable(report: Report, user: CurrentUser, version: number) {
    if (!this.owns(user, report)) return forbidden();
    if (report.status !== 'DRAFT' && report.status !== 'RETURNED')
      return wrongState('Báo cáo đã nộp, không sửa được.');
    if (version !== report.version) return stale();
    return undefined;
  }

  private update(
    report: Report,
    body: { version: number; entries?: EntryInput[] },
    user: CurrentUser,
  ) {
    const refused = this.editable(report, user, body.version);
    if (refused) return refused;
    const given = new Map((body.entries ?? []).map((e) => [e.taskId, e]));
    const updated: ReportEntry[] = [];
    for (const entry of report.entries) {
      const input = given.get(entry.taskId);
      if (!input) {
        updated.push(entry);
        continue;
      }
      const obstacles = input.obstacles
        ? this.obstacles(entry.obstacles, input.obstacles)
        : entry.obstacles;
      if (obstacles instanceof Response) return obstacles;
      const figures = input.figures ? checkFigures(input.figures) : entry.figures;
      if (figures instanceof Response) return figures;
      updated.push({
        ...entry,
        progress: input.progress,
        results: input.results ? sanitiseResults(input.results) : null,
        obstacles,
        figures,
      });
    }
    report.entries = updated;
    report.version += 1;
    this.record(report, user, 'entries', null);
    return json(report);
  }

  /** The obstacles as the unit sends them; a handled one must come back unchanged. */
  private obstacles(saved: Obstacle[], inputs: ObstacleInput[]): Obstacle[] | Response {
    const kept = new Set(inputs.map((o) => o.id).filter((id) => id != null));
    for (const obstacle of saved) {
      const handled = obstacle.status !== 'OPEN' || obstacle.response !== null;
      const input = inputs.find((o) => o.id === obstacle.id);
      if (handled && !kept.has(obstacle.id)) return obstacleHandled();
      if (
        handled &&
        input &&
        (input.description !== obstacle.description ||
          (input.proposal ?? null) !== obstacle.proposal)
      )
        return obstacleHandled();
    }
    const result: Obstacle[] = [];
    for (const input of inputs) {
      if (!input.description.trim()) return fieldProblem('obstacles', 'không được để trống');
      const existing = saved.find((o) => o.id === input.id);
      if (input.id != null && !existing)
        return problem(404, 'Không tìm thấy', 'Không tìm thấy khó khăn, vướng mắc.', 'E4404');
      if (existing && (existing.status !== 'OPEN' || existing.response !== null)) {
        result.push(existing);
        continue;
      }
      result.push({
        id: existing?.id ?? this.nextObstacleId++,
        description: input.description,
        proposal: input.proposal || null,
        status: 'OPEN',
        owner: null,
        response: null,
        handledAt: null,
        version: (existing?.version ?? 0) + 1,
      });
    }
    return result;
  }

  private submit(report: Report, version: number, user: CurrentUser) {
    const refused = this.editable(report, user, version);
    if (refused) return refused;
    const before = report.status;
    const now = new Date().toISOString();
    Object.assign(report, {
      status: 'SUBMITTED',
      submittedAt: now,
      late: now.slice(0, 10) > report.dueDate,
    });
    report.version += 1;
    this.record(report, user, 'status', before);
    return json(report);
  }

  private async handleConsolidated(
    periodId: number,
    action: string | undefined,
    request: Request,
    user: CurrentUser,
  ) {
    const period = this.periods.find((p) => p.id === periodId);
    if (!period)
      return problem(404, 'Không tìm thấy', 'Không tìm thấy kỳ báo cáo.', 'PERIOD_NOT_FOUND');
    const report = this.consolidated.get(periodId);
    const method = request.method;
    if (method === 'GET' && !this.view(period, user).canReadConsolidatedReport) return forbidden();
    if (!action && method === 'POST') return this.compile(period, report, user);
    if (!report)
      return problem(
        404,
        'Không tìm thấy',
        'Kỳ báo cáo chưa có báo cáo tổng hợp.',
        'CONSOLIDATED_NOT_FOUND',
      );
    if (!action && method === 'GET') return json(report);
    if ((action === '/docx' || action === '/xlsx') && method === 'GET')
      return new Response('PK\u0003\u0004', {
        headers: {
          'Content-Type': 'application/octet-stream',
          'Content-Disposition': `attachment; filename="bao-cao-tong-hop${action.replace('/', '.')}"`,
        },
      });
    if (!this.reviews(user)) return forbidden();
    if (report.status === 'FINAL') return finalised();
    if (!action && method === 'PUT') {
      const body = (await request.json()) as ConsolidatedUpdate;
      if (body.version !== report.version) return stale();
      if (body.sections.length === 0) return fieldProblem('sections', 'không được để trống');
      Object.assign(report, {
        title: body.title,
        place: body.place,
        symbol: body.symbol,
        recipients: body.recipients,
        onBehalfOf: body.onBehalfOf ?? null,
        signingFor: body.signingFor ?? null,
        signerTitle: body.signerTitle ?? null,
        signerName: body.signerName ?? null,
        sections: body.sections.map((section) => ({
          level: section.level,
          heading: section.heading,
          body: section.body ?? '',
          complianceTable: section.complianceTable ?? false,
        })),
        version: report.version + 1,
      });
      return json(report);
    }
    if (action === '/finalise' && method === 'POST') {
      const body = (await request.json()) as FinaliseInput;
      if (body.version !== report.version) return stale();
      const issuedOn = body.issuedOn ?? new Date().toISOString().slice(0, 10);
      const year = issuedOn.slice(0, 4);
      const number = (this.lastNumber.get(year) ?? 0) + 1;
      this.lastNumber.set(year, number);
      Object.assign(report, {
        status: 'FINAL',
        number,
        numberText: `Số: ${String(number).padStart(2, '0')}/${report.symbol}`,
        issuedOn,
        finalisedAt: new Date().toISOString(),
        version: report.version + 1,
      });
      return json(report);
    }
    return undefined;
  }

  /** The draft's body from the period's submitted reports; a new draft gets a default header. */
  private compile(period: PeriodRecord, existing: Consolidated | undefined, user: CurrentUser) {
    if (!this.reviews(user)) return forbidden();
    if (existing?.status === 'FINAL') return finalised();
    return json(this.build(period, existing));
  }

  /** Compiles a period's consolidated report as its coordinator would, for tests. */
  compileConsolidated(periodId: number): Consolidated {
    const period = this.periods.find((p) => p.id === periodId);
    if (!period) throw new Error(`mock: no period ${periodId}`);
    return this.build(period, this.consolidated.get(periodId));
  }

  private build(period: PeriodRecord, existing: Consolidated | undefined): Consolidated {
    const submitted = this.reports
      .filter((r) => r.periodId === period.id && REVIEWED.includes(r.status))
      .sort((a, b) => a.unit.name.localeCompare(b.unit.name, 'vi'));
    const sections: Consolidated['sections'] = [
      {
        level: 1,
        heading: 'I. TÌNH HÌNH NỘP BÁO CÁO',
        body: `${submitted.length} đơn vị đã nộp báo cáo.`,
        complianceTable: true,
      },
      { level: 1, heading: 'II. KẾT QUẢ THỰC HIỆN', body: '', complianceTable: false },
      ...submitted.map((r) => ({
        level: 2,
        heading: r.unit.name,
        body: r.entries
          .map((e) => `${e.taskCode}: ${richTextToPlain(e.results) || 'Chưa có kết quả'}`)
          .join('\n'),
        complianceTable: false,
      })),
    ];
    const now = new Date().toISOString();
    if (existing) {
      Object.assign(existing, {
        sections,
        compliance: this.compliance(period.id),
        compiledAt: now,
        version: existing.version + 1,
      });
      return existing;
    }
    const report: Consolidated = {
      id: this.consolidated.size + 1,
      periodId: period.id,
      periodTitle: period.title,
      issuer: planDetail.issuer,
      status: 'DRAFT',
      title: `Báo cáo kết quả thực hiện kế hoạch – ${period.title}`,
      place: 'Ngọc Hồi',
      symbol: 'BC-UBND',
      number: null,
      numberText: null,
      issuedOn: null,
      recipients: ['UBND tỉnh Kon Tum', 'Lưu: VT'],
      onBehalfOf: 'TM. ỦY BAN NHÂN DÂN',
      signingFor: 'KT. CHỦ TỊCH',
      signerTitle: 'PHÓ CHỦ TỊCH',
      signerName: null,
      compiledAt: now,
      finalisedAt: null,
      sections,
      compliance: this.compliance(period.id),
      version: 1,
    };
    this.consolidated.set(period.id, report);
    return report;
  }
}
