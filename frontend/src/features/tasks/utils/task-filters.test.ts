import { taskTree } from '@/testing/fixtures/ngoc-hoi-plan';
import { leaves } from '@/testing/mock-api';
import type { TaskRow } from '@/types/api';
import {
  filterRowsByGroup,
  hasActiveFilters,
  parseTaskFilters,
  toSearchParams,
} from './task-filters';

describe('task filters in the URL', () => {
  it('round-trips through the query string', () => {
    const search = new URLSearchParams('unit=11&role=LEAD&timeframe=DUE&q=lao+dong&page=2');
    const filters = parseTaskFilters(search);
    expect(filters).toEqual({
      unitId: 11,
      groupId: undefined,
      role: 'LEAD',
      timeframe: 'DUE',
      q: 'lao dong',
      page: 1,
    });
    expect(toSearchParams(filters).toString()).toBe(search.toString());
  });

  it('ignores values it does not know', () => {
    const filters = parseTaskFilters(new URLSearchParams('unit=abc&role=BOSS&timeframe=x&page=-1'));
    expect(filters).toEqual({ page: 0 });
    expect(hasActiveFilters(filters)).toBe(false);
  });

  it('prefers a unit over a group', () => {
    expect(parseTaskFilters(new URLSearchParams('unit=11&group=100')).groupId).toBeUndefined();
  });
});

describe('filterRowsByGroup', () => {
  const rows: TaskRow[] = leaves(taskTree).map((t) => ({
    id: t.id,
    code: t.code,
    kind: t.kind,
    text: t.text,
    assignment: t.assignment,
    roles: [],
  }));

  it('keeps the tasks assigned to the group, with its role', () => {
    const communes = filterRowsByGroup(rows, 101);
    expect(communes.map((r) => r.code)).toContain('1.a');
    expect(communes.find((r) => r.code === '1.a')?.roles).toEqual([
      { role: 'IMPLEMENTING', viaGroup: null },
    ]);
    expect(communes.map((r) => r.code)).not.toContain('3.b.1');
  });

  it('applies the role filter', () => {
    const coordinating = filterRowsByGroup(rows, 101, 'COORDINATING');
    expect(coordinating.map((r) => r.code)).not.toContain('1.a');
    expect(coordinating.map((r) => r.code)).toContain('3.a.8');
  });
});
