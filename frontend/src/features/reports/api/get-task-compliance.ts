import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { TASK_COMPLIANCE_PAGE_SIZE } from '@/config/query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { TaskCompliancePage } from '@/types/api';

/** A period's compliance per task, in document order. */
export function getTaskCompliance(periodId: number, page: number) {
  return unwrap<TaskCompliancePage>(
    api.GET('/api/v1/periods/{id}/task-compliance', {
      params: { path: { id: periodId }, query: { page, size: TASK_COMPLIANCE_PAGE_SIZE } },
    }),
  );
}

/** Under ['reports', 'period'], so a reviewed or submitted report refetches it. */
export function getTaskComplianceQueryOptions(periodId: number, page: number) {
  return queryOptions({
    queryKey: ['reports', 'period', periodId, 'task-compliance', page],
    queryFn: () => getTaskCompliance(periodId, page),
  });
}

export function useTaskCompliance(periodId: number, page: number) {
  return useQuery({
    ...getTaskComplianceQueryOptions(periodId, page),
    placeholderData: keepPreviousData,
  });
}
