import { queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { PERIOD_PAGE_SIZE } from '@/config/query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { PeriodPage } from '@/types/api';

/** A plan's reporting periods with their compliance, latest due date first. */
export function getPeriods(planId: number) {
  return unwrap<PeriodPage>(
    api.GET('/api/v1/plans/{planId}/periods', {
      params: { path: { planId }, query: { size: PERIOD_PAGE_SIZE } },
    }),
  );
}

export function getPeriodsQueryOptions(planId: number) {
  return queryOptions({
    queryKey: ['periods', 'plan', planId],
    queryFn: () => getPeriods(planId),
  });
}

export function usePeriods(planId: number) {
  return useQuery(getPeriodsQueryOptions(planId));
}

/** The periods of several plans at once. */
export function usePeriodsOfPlans(planIds: number[]) {
  return useQueries({ queries: planIds.map((id) => getPeriodsQueryOptions(id)) });
}
