import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { Consolidated, FinaliseInput } from '@/types/api';

/** Issues the report: it takes the issuer's next number for the year and can no longer change. */
export function finaliseConsolidated(periodId: number, body: FinaliseInput) {
  return unwrap<Consolidated>(
    api.POST('/api/v1/periods/{id}/consolidated-report/finalise', {
      params: { path: { id: periodId } },
      body,
    }),
  );
}

export function useFinaliseConsolidated(periodId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: FinaliseInput) => finaliseConsolidated(periodId, body),
    onSuccess: (report) => queryClient.setQueryData(['consolidated', periodId], report),
  });
}
