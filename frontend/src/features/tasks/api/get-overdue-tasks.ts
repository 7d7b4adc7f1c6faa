import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { OVERDUE_TASK_PAGE_SIZE } from '@/config/query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { OverdueTaskPage } from '@/types/api';

/** A plan's tasks past their due date and not reported done, most overdue first. */
export function getOverdueTasks(planId: number, page: number) {
  return unwrap<OverdueTaskPage>(
    api.GET('/api/v1/plans/{planId}/overdue-tasks', {
      params: { path: { planId }, query: { page, size: OVERDUE_TASK_PAGE_SIZE } },
    }),
  );
}

export function getOverdueTasksQueryOptions(planId: number, page: number) {
  return queryOptions({
    queryKey: ['overdue-tasks', planId, page],
    queryFn: () => getOverdueTasks(planId, page),
  });
}

export function useOverdueTasks(planId: number, page: number) {
  return useQuery({
    ...getOverdueTasksQueryOptions(planId, page),
    placeholderData: keepPreviousData,
  });
}
