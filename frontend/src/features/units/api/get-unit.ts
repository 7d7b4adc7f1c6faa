import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { Unit } from '@/types/api';

export function getUnit(unitId: number) {
  return unwrap<Unit>(api.GET('/api/v1/units/{id}', { params: { path: { id: unitId } } }));
}

export function getUnitQueryOptions(unitId: number) {
  return queryOptions({
    queryKey: ['units', unitId],
    queryFn: () => getUnit(unitId),
  });
}

export function useUnit(unitId: number) {
  return useQuery(getUnitQueryOptions(unitId));
}
