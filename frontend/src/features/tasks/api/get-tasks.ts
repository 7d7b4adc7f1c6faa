import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { TASK_PAGE_SIZE } from '@/config/query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { Role, TaskRowPage, Timeframe } from '@/types/api';

export interface GetTasksParams {
  planId: number;
  /** Tasks a unit owes, directly or through a group it is in. Not with `groupId`. */
  unitId?: number;
  /** Tasks assigned to a unit group as a whole, with the group's roles. Not with `unitId`. */
  groupId?: number;
  role?: Role;
  timeframe?: Timeframe;
  q?: string;
  /** The organisation on this day (yyyy-MM-dd; today when left out). */
  asOf?: string;
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
  const {
    planId,
    unitId,
    groupId,
    role,
    timeframe,
    q,
    asOf,
    page = 0,
    size = TASK_PAGE_SIZE,
  } = params;
  return queryOptions({
    queryKey: ['plans', planId, 'tasks', { unitId, groupId, role, timeframe, q, asOf, page, size }],
    queryFn: () => getTasks(params),
  });
}

export function useTasks(params: GetTasksParams, enabled = true) {
  return useQuery({ ...getTasksQueryOptions(params), enabled, placeholderData: keepPreviousData });
}
