import { queryOptions, useQuery } from '@tanstack/react-query';
import { OBLIGATION_PAGE_SIZE } from '@/config/query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { ObligationPage } from '@/types/api';

export interface GetUnitObligationsParams {
  unitId: number;
  planId?: number;
  page?: number;
  size?: number;
}

export function getUnitObligations({
  unitId,
  planId,
  page = 0,
  size = OBLIGATION_PAGE_SIZE,
}: GetUnitObligationsParams) {
  return unwrap<ObligationPage>(
    api.GET('/api/v1/units/{unitId}/obligations', {
      params: { path: { unitId }, query: { planId, page, size } },
    }),
  );
}

export function getUnitObligationsQueryOptions(params: GetUnitObligationsParams) {
  return queryOptions({
    queryKey: ['units', params.unitId, 'obligations', params],
    queryFn: () => getUnitObligations(params),
  });
}

export function useUnitObligations(params: GetUnitObligationsParams) {
  return useQuery(getUnitObligationsQueryOptions(params));
}
