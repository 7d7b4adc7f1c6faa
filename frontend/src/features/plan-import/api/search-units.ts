import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { UNIT_SEARCH_SIZE } from '@/config/query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { UnitPage } from '@/types/api';

/** Units whose name or short name matches `q` (with or without diacritics), on the server. */
export function searchUnits(q: string) {
  return unwrap<UnitPage>(
    api.GET('/api/v1/units', { params: { query: { q, size: UNIT_SEARCH_SIZE } } }),
  );
}

export function useUnitSearch(q: string) {
  return useQuery({
    queryKey: ['units', 'search', q],
    queryFn: () => searchUnits(q),
    placeholderData: keepPreviousData,
  });
}
