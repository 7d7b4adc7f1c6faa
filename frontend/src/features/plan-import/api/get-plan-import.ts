import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { PlanImport } from '@/types/api';

/** An import: the text as read, the draft, the unit choices, warnings and problems. */
export function getPlanImport(importId: number) {
  return unwrap<PlanImport>(
    api.GET('/api/v1/plan-imports/{id}', { params: { path: { id: importId } } }),
  );
}

export function getPlanImportQueryOptions(importId: number) {
  return queryOptions({
    queryKey: ['plan-imports', importId],
    queryFn: () => getPlanImport(importId),
  });
}

export function usePlanImport(importId: number) {
  return useQuery(getPlanImportQueryOptions(importId));
}
