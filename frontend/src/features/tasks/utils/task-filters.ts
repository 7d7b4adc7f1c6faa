/** The task filter state and its form in the URL query string (?unit=12&role=LEAD&q=lao+dong). */
import { ROLES, TIMEFRAMES, type Role, type TaskRow, type Timeframe } from '@/types/api';

export interface TaskFilters {
  unitId?: number;
  groupId?: number;
  role?: Role;
  timeframe?: Timeframe;
  q?: string;
  page: number;
}

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
  if (filters.page) search.set('page', String(filters.page + 1));
  return search;
}

/** True when any filter is set, so the flat list replaces the tree. */
export function hasActiveFilters(filters: TaskFilters): boolean {
  return Boolean(
    filters.unitId || filters.groupId || filters.role || filters.timeframe || filters.q,
  );
}

/**
 * Keeps the rows assigned to a group as a whole (the API filters by unit only), with the group's
 * role on each: COORDINATING when listed among the coordinating parties, IMPLEMENTING otherwise.
 */
export function filterRowsByGroup(rows: TaskRow[], groupId: number, role?: Role): TaskRow[] {
  const result: TaskRow[] = [];
  for (const row of rows) {
    const block = row.assignment;
    if (!block) continue;
    const roles: TaskRow['roles'] = [];
    if (block.coordinating.some((p) => p.type === 'GROUP' && p.id === groupId))
      roles.push({ role: 'COORDINATING', viaGroup: null });
    if (block.implementing.some((p) => p.type === 'GROUP' && p.id === groupId))
      roles.push({ role: 'IMPLEMENTING', viaGroup: null });
    const kept = role ? roles.filter((r) => r.role === role) : roles;
    if (kept.length > 0) result.push({ ...row, roles: kept });
  }
  return result;
}
