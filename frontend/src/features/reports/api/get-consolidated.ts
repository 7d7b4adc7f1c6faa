import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { ApiError, unwrap } from '@/lib/api/problem';
import type { Consolidated } from '@/types/api';

/** A period's consolidated report; null until it has been compiled (the API answers 404). */
export async function getConsolidated(periodId: number): Promise<Consolidated | null> {
  try {
    return await unwrap<Consolidated>(
      api.GET('/api/v1/periods/{id}/consolidated-report', {
        params: { path: { id: periodId } },
      }),
    );
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}

export function getConsolidatedQueryOptions(periodId: number) {
  return queryOptions({
    queryKey: ['consolidated', periodId],
    queryFn: () => getConsolidated(periodId),
  });
}

export function useConsolidated(periodId: number) {
  return useQuery(getConsolidatedQueryOptions(periodId));
}

/** Where the browser downloads the report as a file (the session cookie authenticates it). */
export function consolidatedFileHref(periodId: number, format: 'docx' | 'xlsx') {
  return `/api/v1/periods/${periodId}/consolidated-report/${format}`;
}
