import { queryOptions, useQuery } from '@tanstack/react-query';
import { PLAN_IMPORT_PAGE_SIZE } from '@/config/query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { PlanImportPage } from '@/types/api';

/** The newest drafts not yet confirmed or discarded. */
export function getDraftImports() {
  return unwrap<PlanImportPage>(
    api.GET('/api/v1/plan-imports', {
      params: { query: { status: 'DRAFT', size: PLAN_IMPORT_PAGE_SIZE } },
    }),
  );
}

export function getDraftImportsQueryOptions() {
  return queryOptions({ queryKey: ['plan-imports', 'drafts'], queryFn: getDraftImports });
}

export function useDraftImports() {
  return useQuery(getDraftImportsQueryOptions());
}
