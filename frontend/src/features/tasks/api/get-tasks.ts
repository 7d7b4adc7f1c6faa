import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { TASK_PAGE_SIZE } from '@/config/query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { Role, TaskRowPage, Timeframe } from '@/types/api';

export interface GetTasksParams {
  planId: number;
  unitId?: number;
  role?: Role;
  timeframe?: Timeframe;
  q?: string;
  page?: number;
  size?: number;
}

export function getTasks({ planId, page = 0, size = TASK_PAGE_SIZE, ...filters }: GetTasksParams) {
  return unwrap<TaskRowPage>(
    api.GET('/api/v1/plans/{planId}/tasks', {
      params: { path: { planId }, query: { ...filters, page, size } },
    }),
  );
}

export function getTasksQueryOptions(params: GetTasksParams) {
  return queryOptions({
    queryKey: ['plans', params.planId, 'tasks', params],
    queryFn: () => getTasks(params),
  });
}

export function useTasks(params: GetTasksParams, enabled = true) {
  return useQuery({ ...getTasksQueryOptions(params), enabled, placeholderData: keepPreviousData });
}
