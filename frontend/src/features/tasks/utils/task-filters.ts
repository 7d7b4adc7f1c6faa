/** The task filter state and its form in the URL query string (?unit=12&role=LEAD&q=lao+dong). */
import { ROLES, TIMEFRAMES, type Role, type Timeframe } from '@/types/api';

export interface TaskFilters {
  unitId?: number;
  groupId?: number;
  role?: Role;
  timeframe?: Timeframe;
  q?: string;
  /** The organisation on this day (yyyy-MM-dd), not a filter: it keeps the tree. */
  asOf?: string;
  page: number;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function positiveInt(value: string | null): number | undefined {
  if (!value || !/^\d+$/.test(value)) return undefined;
  const n = Number(value);
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

export function parseTaskFilters(search: URLSearchParams): TaskFilters {
  const role = search.get('role');
  const timeframe = search.get('timeframe');
  const unitId = positiveInt(search.get('unit'));
  const q = search.get('q')?.trim();
  return {
    unitId,
    groupId: unitId ? undefined : positiveInt(search.get('group')),
    role: ROLES.includes(role as Role) ? (role as Role) : undefined,
    timeframe: TIMEFRAMES.includes(timeframe as Timeframe) ? (timeframe as Timeframe) : undefined,
    q: q || undefined,
    asOf: ISO_DATE.test(search.get('asOf') ?? '') ? (search.get('asOf') as string) : undefined,
    page: Math.max(0, (positiveInt(search.get('page')) ?? 1) - 1),
  };
}

export function toSearchParams(filters: Partial<TaskFilters>): URLSearchParams {
  const search = new URLSearchParams();
  if (filters.unitId) search.set('unit', String(filters.unitId));
  else if (filters.groupId) search.set('group', String(filters.groupId));
  if (filters.role) search.set('role', filters.role);
  if (filters.timeframe) search.set('timeframe', filters.timeframe);
  if (filters.q?.trim()) search.set('q', filters.q.trim());
  if (filters.asOf) search.set('asOf', filters.asOf);
  if (filters.page) search.set('page', String(filters.page + 1));
  return search;
}

/** True when any filter is set, so the flat list replaces the tree. */
export function hasActiveFilters(filters: TaskFilters): boolean {
  return Boolean(
    filters.unitId || filters.groupId || filters.role || filters.timeframe || filters.q,
  );
}
