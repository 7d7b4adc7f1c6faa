import { queryOptions, useQuery } from '@tanstack/react-query';
import { PLAN_PAGE_SIZE } from '@/config/query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { PlanPage } from '@/types/api';

export interface GetPlansParams {
  page?: number;
  size?: number;
}

export function getPlans({ page = 0, size = PLAN_PAGE_SIZE }: GetPlansParams = {}) {
  return unwrap<PlanPage>(api.GET('/api/v1/plans', { params: { query: { page, size } } }));
}

export function getPlansQueryOptions(params: GetPlansParams = {}) {
  return queryOptions({
    queryKey: ['plans', params],
    queryFn: () => getPlans(params),
  });
}

export function usePlans(params: GetPlansParams = {}) {
  return useQuery(getPlansQueryOptions(params));
}
