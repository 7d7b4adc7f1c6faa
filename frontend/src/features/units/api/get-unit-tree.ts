import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { UnitTree } from '@/types/api';

export function getUnitTree() {
  return unwrap<UnitTree>(api.GET('/api/v1/units/tree'));
}

export function getUnitTreeQueryOptions() {
  return queryOptions({
    queryKey: ['units', 'tree'],
    queryFn: getUnitTree,
    staleTime: 5 * 60_000,
  });
}

export function useUnitTree() {
  return useQuery(getUnitTreeQueryOptions());
}
