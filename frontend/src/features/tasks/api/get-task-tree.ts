import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { TaskNode } from '@/types/api';

/** The plan's tasks, each block saying who carries the part of units closed on `asOf` (yyyy-MM-dd; the server's today when left out). */
export function getTaskTree(planId: number, asOf?: string) {
  return unwrap<TaskNode[]>(
    api.GET('/api/v1/plans/{planId}/task-tree', {
      params: { path: { planId }, query: asOf ? { asOf } : {} },
    }),
  );
}

export function getTaskTreeQueryOptions(planId: number, asOf?: string) {
  return queryOptions({
    queryKey: ['plans', planId, 'task-tree', asOf ?? 'today'],
    queryFn: () => getTaskTree(planId, asOf),
  });
}

export function useTaskTree(planId: number, enabled = true, asOf?: string) {
  return useQuery({ ...getTaskTreeQueryOptions(planId, asOf), enabled });
}
