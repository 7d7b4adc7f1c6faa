import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { Series } from '@/types/api';

/** The indicator rolled up by year for a unit and everything under it (the district if none). */
export function getSeries(indicatorId: number, unitId?: number) {
  return unwrap<Series>(
    api.GET('/api/v1/indicators/{id}/series', {
      params: { path: { id: indicatorId }, query: unitId ? { unitId } : {} },
    }),
  );
}

export function getSeriesQueryOptions(indicatorId: number, unitId?: number) {
  return queryOptions({
    queryKey: ['indicators', indicatorId, 'series', unitId ?? null],
    queryFn: () => getSeries(indicatorId, unitId),
  });
}

export function useSeries(indicatorId: number, unitId?: number) {
  return useQuery(getSeriesQueryOptions(indicatorId, unitId));
}
