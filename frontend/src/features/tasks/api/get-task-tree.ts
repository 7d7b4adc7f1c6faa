import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { TaskNode } from '@/types/api';

export function getTaskTree(planId: number) {
  return unwrap<TaskNode[]>(
    api.GET('/api/v1/plans/{planId}/task-tree', { params: { path: { planId } } }),
  );
}

export function getTaskTreeQueryOptions(planId: number) {
  return queryOptions({
    queryKey: ['plans', planId, 'task-tree'],
    queryFn: () => getTaskTree(planId),
  });
}

export function useTaskTree(planId: number, enabled = true) {
  return useQuery({ ...getTaskTreeQueryOptions(planId), enabled });
}
