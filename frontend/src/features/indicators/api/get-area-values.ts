import { queryOptions, useQuery } from '@tanstack/react-query';
import { AREA_VALUE_PAGE_SIZE } from '@/config/query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { AreaValuePage } from '@/types/api';

/** Every area under the unit (the district if none) that existed in the year, with its figures. */
export function getAreaValues(indicatorId: number, year: number, unitId?: number) {
  return unwrap<AreaValuePage>(
    api.GET('/api/v1/indicators/{id}/values', {
      params: {
        path: { id: indicatorId },
        query: { year, size: AREA_VALUE_PAGE_SIZE, ...(unitId ? { unitId } : {}) },
      },
    }),
  );
}

export function getAreaValuesQueryOptions(indicatorId: number, year: number, unitId?: number) {
  return queryOptions({
    queryKey: ['indicators', indicatorId, 'values', year, unitId ?? null],
    queryFn: () => getAreaValues(indicatorId, year, unitId),
  });
}

export function useAreaValues(indicatorId: number, year: number, unitId?: number, enabled = true) {
  return useQuery({ ...getAreaValuesQueryOptions(indicatorId, year, unitId), enabled });
}
