import { hasActiveFilters, parseTaskFilters, toSearchParams } from './task-filters';

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

  it('keeps a group and its role in the URL', () => {
    const search = new URLSearchParams('group=101&role=COORDINATING&page=3');
    const filters = parseTaskFilters(search);
    expect(filters).toEqual({
      unitId: undefined,
      groupId: 101,
      role: 'COORDINATING',
      timeframe: undefined,
      q: undefined,
      page: 2,
    });
    expect(hasActiveFilters(filters)).toBe(true);
    expect(toSearchParams(filters).toString()).toBe(search.toString());
  });

  it('prefers a unit over a group', () => {
    expect(parseTaskFilters(new URLSearchParams('unit=11&group=100')).groupId).toBeUndefined();
  });
});
