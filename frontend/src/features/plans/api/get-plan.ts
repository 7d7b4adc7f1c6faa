import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { PlanDetail } from '@/types/api';

export function getPlan(planId: number) {
  return unwrap<PlanDetail>(api.GET('/api/v1/plans/{id}', { params: { path: { id: planId } } }));
}

export function getPlanQueryOptions(planId: number) {
  return queryOptions({
    queryKey: ['plans', planId],
    queryFn: () => getPlan(planId),
  });
}

export function usePlan(planId: number) {
  return useQuery(getPlanQueryOptions(planId));
}
