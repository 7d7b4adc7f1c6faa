import { queryOptions, useQuery } from '@tanstack/react-query';
import { INDICATOR_PAGE_SIZE } from '@/config/query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { IndicatorPage } from '@/types/api';

/** A plan's indicators, in the order of their targets. */
export function getIndicators(planId: number) {
  return unwrap<IndicatorPage>(
    api.GET('/api/v1/plans/{planId}/indicators', {
      params: { path: { planId }, query: { size: INDICATOR_PAGE_SIZE } },
    }),
  );
}

export function getIndicatorsQueryOptions(planId: number) {
  return queryOptions({
    queryKey: ['indicators', 'plan', planId],
    queryFn: () => getIndicators(planId),
  });
}

export function useIndicators(planId: number, enabled = true) {
  return useQuery({ ...getIndicatorsQueryOptions(planId), enabled });
}
