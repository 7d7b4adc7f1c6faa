import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { UnitLineage } from '@/types/api';

/** The changes a unit came from and went into, oldest first. */
export function getUnitLineage(unitId: number) {
  return unwrap<UnitLineage>(
    api.GET('/api/v1/units/{id}/lineage', { params: { path: { id: unitId } } }),
  );
}

export function getUnitLineageQueryOptions(unitId: number) {
  return queryOptions({
    queryKey: ['units', unitId, 'lineage'],
    queryFn: () => getUnitLineage(unitId),
  });
}

export function useUnitLineage(unitId: number) {
  return useQuery(getUnitLineageQueryOptions(unitId));
}
