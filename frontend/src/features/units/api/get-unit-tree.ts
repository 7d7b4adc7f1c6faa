import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { UnitTree } from '@/types/api';

/** The units existing on {@code asOf} (yyyy-MM-dd; the server's today when left out). */
export function getUnitTree(asOf?: string) {
  return unwrap<UnitTree>(
    api.GET('/api/v1/units/tree', { params: { query: asOf ? { asOf } : {} } }),
  );
}

export function getUnitTreeQueryOptions(asOf?: string) {
  return queryOptions({
    queryKey: ['units', 'tree', asOf ?? 'today'],
    queryFn: () => getUnitTree(asOf),
    staleTime: 5 * 60_000,
  });
}

export function useUnitTree(asOf?: string) {
  return useQuery(getUnitTreeQueryOptions(asOf));
}
