/**
 * The indicators side of the mock API: the fixture plan's two quantitative targets each have an
 * indicator reported by the communes (group ALL_COMMUNES). Roll-ups are computed as the backend
 * does (RollUps, Trajectory): per year the summed numerators over the summed denominators of the
 * areas that reported both, how many areas that is of those expected, the straight path from the
 * baseline to the target's low end, a status against it, and a least-squares projection.
 *
 * Seeded figures of indicator 1 (baseline 30 % in 2023): all eight areas in 2024; three of eight
 * in 2025 (Plei Kần 40/100, Bờ Y 35/100, Đắk Ang 20/50: 95/250 = 38 %). Indicator 2 has none.
 */
import type {
  AreaValue,
  CurrentUser,
  HistoryEntry,
  Indicator,
  IndicatorInput,
  IndicatorValueInput,
  Series,
  SeriesChange,
  TargetStatus,
  UnitNode,
  YearPoint,
} from '@/types/api';
import { planDetail, planSummary } from './fixtures/ngoc-hoi-plan';
import { findUnit, groups, unitRef } from './fixtures/units';
import { forbidden, json, page, problem } from './mock-http';

const AREA_GROUP = 101;
const TOLERANCE = 0;
const AT_RISK_MARGIN = 5;

const FIGURE_FIELDS = [
  'numerator',
  'denominator',
  'femaleNumerator',
  'femaleDenominator',
  'minorityNumerator',
  'minorityDenominator',
] as const;
type FigureField = (typeof FIGURE_FIELDS)[number];
const NUMERATORS: readonly FigureField[] = ['numerator', 'femaleNumerator', 'minorityNumerator'];
const DENOMINATORS: readonly FigureField[] = [
  'denominator',
  'femaleDenominator',
  'minorityDenominator',
];
const PART_NAMES: Record<FigureField, string> = {
  numerator: 'tử số',
  denominator: 'mẫu số',
  femaleNumerator: 'tử số của nữ',
  femaleDenominator: 'mẫu số của nữ',
  minorityNumerator: 'tử số của người dân tộc thiểu số',
  minorityDenominator: 'mẫu số của người dân tộc thiểu số',
};

const stale = () =>
  problem(
    409,
    'Dữ liệu đã thay đổi',
    'Số liệu đã được người khác sửa. Vui lòng tải lại.',
    'STALE_VERSION',
  );
const notFound = () =>
  problem(404, 'Không tìm thấy', 'Không tìm thấy chỉ tiêu.', 'INDICATOR_NOT_FOUND');

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

/** 100 × numerator ÷ denominator to two decimals; null for a zero denominator. */
export function percent(numerator: number, denominator: number): number | null {
  if (denominator === 0) return null;
  return Math.round((numerator * 10000) / denominator) / 100;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

function subtreeIds(node: UnitNode): number[] {
  return [node.id, ...node.children.flatMap(subtreeIds)];
}

function areaGroup() {
  const group = groups.find((g) => g.id === AREA_GROUP);
  if (!group) throw new Error('mock: no group ALL_COMMUNES');
  return group;
}

/** The indicator's areas that are the unit or lie under it, in the fixture's (Vietnamese) order. */
function areasUnder(rootId: number) {
  const root = findUnit(rootId);
  if (!root) return undefined;
  const ids = new Set(subtreeIds(root.unit));
  return areaGroup().members.filter((m) => ids.has(m.id));
}

function emptyValue(unitId: number, year: number): AreaValue {
  return {
    unit: unitRef(unitId),
    year,
    id: null,
    numerator: null,
    denominator: null,
    value: null,
    femaleNumerator: null,
    femaleDenominator: null,
    minorityNumerator: null,
    minorityDenominator: null,
    sourceNote: null,
    updatedAt: null,
    version: null,
  };
}

function indicatorFixtures(): Indicator[] {
  const [first, second] = planDetail.targets;
  const group = areaGroup();
  const areas = { id: group.id, code: group.code, name: group.name };
  return [
    {
      id: 1,
      targetId: first.id,
      targetText: first.text,
      targetYear: first.targetYear,
      targetLow: first.low as number,
      targetHigh: first.high,
      name: 'Tỷ lệ học sinh tốt nghiệp trung học vào học giáo dục nghề nghiệp',
      numeratorDefinition:
        'Số học sinh tốt nghiệp THCS, THPT trong năm của địa bàn vào học tại các cơ sở giáo dục nghề nghiệp',
      denominatorDefinition: 'Số học sinh tốt nghiệp THCS, THPT trong năm của địa bàn',
      bounded: true,
      areas,
      numeratorSupplier: unitRef(17),
      denominatorSupplier: unitRef(11),
      sourceNote:
        'Phòng GD&ĐT cung cấp số học sinh tốt nghiệp; Trung tâm GDNN-GDTX cung cấp số tuyển sinh.',
      baselineYear: 2023,
      baselineValue: 30,
      version: 1,
    },
    {
      id: 2,
      targetId: second.id,
      targetText: second.text,
      targetYear: second.targetYear,
      targetLow: second.low as number,
      targetHigh: second.high,
      name: 'Tỷ lệ lực lượng lao động được đào tạo, đào tạo lại kỹ năng nghề',
      numeratorDefinition:
        'Số người trong lực lượng lao động của địa bàn được đào tạo, đào tạo lại kỹ năng nghề trong năm',
      denominatorDefinition: 'Lực lượng lao động của địa bàn',
      bounded: true,
      areas,
      numeratorSupplier: null,
      denominatorSupplier: null,
      sourceNote: null,
      baselineYear: null,
      baselineValue: null,
      version: 1,
    },
  ];
}

export class MockIndicators {
  readonly indicators: Indicator[] = indicatorFixtures();
  /** Figures by `${indicatorId}:${unitId}:${year}`. */
  private readonly values = new Map<string, AreaValue>();
  private nextValueId = 1;
  private readonly history = new Map<string, HistoryEntry[]>();
  /** The organisation changes every series runs across; none unless a test sets them. */
  changes: SeriesChange[] = [];

  constructor() {
    const communes = areaGroup().members.map((m) => m.id);
    communes.forEach((id, i) => this.put(1, id, 2024, { numerator: 30 + i, denominator: 100 }));
    this.put(1, 30, 2025, { numerator: 40, denominator: 100 });
    this.put(1, 31, 2025, { numerator: 35, denominator: 100 });
    this.put(1, 32, 2025, { numerator: 20, denominator: 50 });
  }

  /** Sets an area's figures directly, for tests. */
  put(
    indicatorId: number,
    unitId: number,
    year: number,
    figures: Partial<Pick<AreaValue, FigureField | 'sourceNote'>>,
  ): AreaValue {
    const key = `${indicatorId}:${unitId}:${year}`;
    const current = this.values.get(key);
    const next: AreaValue = {
      ...(current ?? emptyValue(unitId, year)),
      ...figures,
      id: current?.id ?? this.nextValueId++,
      updatedAt: new Date().toISOString(),
      version: (current?.version ?? 0) + 1,
    };
    next.value =
      next.numerator != null && next.denominator != null
        ? percent(next.numerator, next.denominator)
        : null;
    this.values.set(key, next);
    return next;
  }

  value(indicatorId: number, unitId: number, year: number): AreaValue | undefined {
    return this.values.get(`${indicatorId}:${unitId}:${year}`);
  }

  private coordinates(user: CurrentUser) {
    return (
      user.role === 'ADMIN' ||
      (user.role === 'COORDINATOR' && user.units.some((u) => u.id === planDetail.coordinator?.id))
    );
  }

  private officerOf(user: CurrentUser, unitId: number | undefined) {
    return user.role === 'UNIT_OFFICER' && user.units.some((u) => u.id === unitId);
  }

  /** The roll-up for the unit and everything under it, as RollUps.series computes it. */
  series(indicator: Indicator, rootId: number): Series | undefined {
    const areas = areasUnder(rootId);
    if (!areas) return undefined;
    const ids = new Set(areas.map((a) => a.id));
    const sums = new Map<number, [number, number, number]>();
    for (const [key, v] of this.values) {
      if (!key.startsWith(`${indicator.id}:`)) continue;
      if (!ids.has(v.unit.id) || v.numerator == null || v.denominator == null) continue;
      const sum = sums.get(v.year) ?? [0, 0, 0];
      sums.set(v.year, [sum[0] + v.numerator, sum[1] + v.denominator, sum[2] + 1]);
    }
    let first = Math.min(planSummary.issueYear, indicator.baselineYear ?? Infinity);
    let last = indicator.targetYear;
    for (const year of sums.keys()) {
      first = Math.min(first, year);
      last = Math.max(last, year);
    }
    const years: YearPoint[] = [];
    const values = new Map<number, number>();
    for (let year = first; year <= last; year++) {
      const [numerator, denominator, reported] = sums.get(year) ?? [0, 0, 0];
      const value = reported === 0 ? null : percent(numerator, denominator);
      if (value != null) values.set(year, value);
      years.push({
        year,
        numerator,
        denominator,
        value,
        reported,
        expected: areas.length,
        pathValue: this.expected(indicator, year),
        status: this.status(indicator, year, value),
      });
    }
    return {
      indicatorId: indicator.id,
      unit: unitRef(rootId),
      targetYear: indicator.targetYear,
      targetLow: indicator.targetLow,
      targetHigh: indicator.targetHigh,
      baselineYear: indicator.baselineYear,
      baselineValue: indicator.baselineValue,
      years,
      projection: this.project(indicator, values),
      changes: this.changes,
    };
  }

  private expected(indicator: Indicator, year: number): number | null {
    const { baselineYear, baselineValue, targetYear, targetLow } = indicator;
    if (baselineYear == null || baselineValue == null) return null;
    if (year < baselineYear || year > targetYear) return null;
    if (year === targetYear || targetYear === baselineYear) return targetLow;
    const share = (year - baselineYear) / (targetYear - baselineYear);
    return round2(baselineValue + (targetLow - baselineValue) * share);
  }

  private status(indicator: Indicator, year: number, value: number | null) {
    const path =
      year >= indicator.targetYear ? indicator.targetLow : this.expected(indicator, year);
    return value == null || path == null ? null : this.against(path, value);
  }

  private against(path: number, value: number): TargetStatus {
    if (value >= path - TOLERANCE) return 'ON_TRACK';
    if (value >= path - AT_RISK_MARGIN) return 'AT_RISK';
    return 'OFF_TRACK';
  }

  private project(indicator: Indicator, values: Map<number, number>): Series['projection'] {
    const points = new Map(values);
    if (indicator.baselineYear != null && !points.has(indicator.baselineYear))
      points.set(indicator.baselineYear, indicator.baselineValue as number);
    if (points.size < 2) return null;
    const xs = [...points.keys()];
    const ys = [...points.values()];
    const meanX = xs.reduce((a, b) => a + b, 0) / xs.length;
    const meanY = ys.reduce((a, b) => a + b, 0) / ys.length;
    let covariance = 0;
    let variance = 0;
    xs.forEach((x, i) => {
      covariance += (x - meanX) * (ys[i] - meanY);
      variance += (x - meanX) ** 2;
    });
    const projected = meanY + (covariance / variance) * (indicator.targetYear - meanX);
    const value = round2(Math.max(0, Math.min(100, projected)));
    return {
      year: indicator.targetYear,
      value,
      status: this.against(indicator.targetLow, value),
    };
  }

  /** Answers the indicator endpoints; undefined for any other path. */
  async handle(request: Request, url: URL, user: CurrentUser): Promise<Response | undefined> {
    const path = url.pathname;
    const s = url.searchParams;
    const method = request.method;
    let m: RegExpExecArray | null;

    if ((m = /^\/api\/v1\/plans\/(\d+)\/indicators$/.exec(path)) && method === 'GET') {
      if (Number(m[1]) !== planDetail.id) return undefined;
      return json(page(this.indicators, s, 20));
    }
    if ((m = /^\/api\/v1\/targets\/(\d+)\/indicator$/.exec(path)) && method === 'PUT')
      return this.define(Number(m[1]), request, user);
    if ((m = /^\/api\/v1\/indicator-values\/(\d+)\/history$/.exec(path)))
      return json(page(this.history.get(`value:${m[1]}`) ?? [], s, 20));
    if (!(m = /^\/api\/v1\/indicators\/(\d+)(\/.*)?$/.exec(path))) return undefined;
    const indicator = this.indicators.find((i) => i.id === Number(m?.[1]));
    if (!indicator) return notFound();
    const rest = m[2] ?? '';
    const rootId = s.get('unitId') ? Number(s.get('unitId')) : planSummary.issuer.id;
    const unitNotFound = () =>
      problem(404, 'Không tìm thấy đơn vị', `Không tìm thấy đơn vị có mã ${rootId}.`, 'E3001');

    if (rest === '' && method === 'GET') return json(indicator);
    if (rest === '/history')
      return json(page(this.history.get(`indicator:${indicator.id}`) ?? [], s, 20));
    if (rest === '/series' && method === 'GET') {
      const series = this.series(indicator, rootId);
      return series ? json(series) : unitNotFound();
    }
    if (rest === '/values' && method === 'GET') {
      const year = Number(s.get('year'));
      if (!Number.isInteger(year) || year < 1990 || year > 2100)
        return fieldProblem('year', 'phải từ 1990 đến 2100');
      const areas = areasUnder(rootId);
      if (!areas) return unitNotFound();
      const items = areas.map(
        (a) => this.value(indicator.id, a.id, year) ?? emptyValue(a.id, year),
      );
      return json(page(items, s, 20));
    }
    if ((m = /^\/values\/(\d+)\/(\d+)$/.exec(rest)) && method === 'PUT')
      return this.record(indicator, Number(m[1]), Number(m[2]), request, user);
    return undefined;
  }

  private async define(targetId: number, request: Request, user: CurrentUser) {
    if (!this.coordinates(user)) return forbidden();
    const indicator = this.indicators.find((i) => i.targetId === targetId);
    if (!indicator) return notFound();
    const body = (await request.json()) as IndicatorInput;
    if (body.version !== indicator.version) return stale();
    if (!body.name?.trim()) return fieldProblem('name', 'không được để trống');
    if ((body.baselineYear == null) !== (body.baselineValue == null))
      return fieldProblem('baselineValue', 'năm và giá trị cơ sở phải đi cùng nhau');
    if (body.baselineValue != null && (body.baselineValue < 0 || body.baselineValue > 100))
      return fieldProblem('baselineValue', 'phải từ 0 đến 100');
    const before = { baselineYear: indicator.baselineYear, baselineValue: indicator.baselineValue };
    Object.assign(indicator, {
      name: body.name.trim(),
      numeratorDefinition: body.numeratorDefinition.trim(),
      denominatorDefinition: body.denominatorDefinition.trim(),
      bounded: body.bounded,
      numeratorSupplier: body.numeratorSupplierId ? unitRef(body.numeratorSupplierId) : null,
      denominatorSupplier: body.denominatorSupplierId ? unitRef(body.denominatorSupplierId) : null,
      sourceNote: body.sourceNote?.trim() || null,
      baselineYear: body.baselineYear ?? null,
      baselineValue: body.baselineValue ?? null,
      version: indicator.version + 1,
    });
    const list = this.history.get(`indicator:${indicator.id}`) ?? [];
    list.unshift({
      revision: indicator.version,
      at: new Date().toISOString(),
      change: 'MODIFIED',
      actor: { userId: user.id, username: user.username, via: 'SESSION' },
      ip: '127.0.0.1',
      note: null,
      changes: [
        {
          field: 'baselineValue',
          before: before.baselineValue == null ? null : String(before.baselineValue),
          after: indicator.baselineValue == null ? null : String(indicator.baselineValue),
        },
      ],
    });
    this.history.set(`indicator:${indicator.id}`, list);
    return json(indicator);
  }

  private async record(
    indicator: Indicator,
    unitId: number,
    year: number,
    request: Request,
    user: CurrentUser,
  ) {
    if (!areaGroup().members.some((m) => m.id === unitId))
      return problem(
        422,
        'Không thực hiện được',
        `${unitRef(unitId).name} không thuộc các địa bàn báo cáo chỉ tiêu này (${areaGroup().name}).`,
        'RULE_VIOLATED',
      );
    const forArea = this.coordinates(user) || this.officerOf(user, unitId);
    const numerators = forArea || this.officerOf(user, indicator.numeratorSupplier?.id);
    const denominators = forArea || this.officerOf(user, indicator.denominatorSupplier?.id);
    if (!numerators && !denominators) return forbidden();
    const body = (await request.json()) as IndicatorValueInput;
    for (const field of FIGURE_FIELDS) {
      const v = body[field];
      if (v != null && (!Number.isSafeInteger(v) || v < 0))
        return fieldProblem(`record.body.${field}`, 'phải là số nguyên không âm');
    }
    if (body.sourceNote && body.sourceNote.length > 1000)
      return fieldProblem('record.body.sourceNote', 'tối đa 1000 ký tự');
    const current = this.value(indicator.id, unitId, year);
    if (current && body.version !== current.version) return stale();
    const next: Partial<Record<FigureField, number | null>> = {};
    for (const [allowed, fields] of [
      [numerators, NUMERATORS],
      [denominators, DENOMINATORS],
    ] as const) {
      for (const field of fields) {
        if (allowed) next[field] = body[field] ?? null;
        else if (body[field] != null && body[field] !== (current?.[field] ?? null))
          return forbidden();
        else next[field] = current?.[field] ?? null;
      }
    }
    const rules: [FigureField, FigureField][] = [
      ...(indicator.bounded
        ? ([
            ['numerator', 'denominator'],
            ['femaleNumerator', 'femaleDenominator'],
            ['minorityNumerator', 'minorityDenominator'],
          ] as [FigureField, FigureField][])
        : []),
      ['femaleNumerator', 'numerator'],
      ['femaleDenominator', 'denominator'],
      ['minorityNumerator', 'numerator'],
      ['minorityDenominator', 'denominator'],
    ];
    for (const [part, whole] of rules) {
      const p = next[part];
      const w = next[whole];
      if (p != null && w != null && p > w)
        return problem(
          422,
          'Không thực hiện được',
          `Số liệu ${PART_NAMES[part]} (${p}) không được lớn hơn ${PART_NAMES[whole]} (${w}).`,
          'RULE_VIOLATED',
        );
    }
    const sourceNote =
      body.sourceNote !== undefined || (numerators && denominators)
        ? body.sourceNote?.trim() || null
        : (current?.sourceNote ?? null);
    const saved = this.put(indicator.id, unitId, year, { ...next, sourceNote });
    return json(saved);
  }
}
