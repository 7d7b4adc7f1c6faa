import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { actOnce } from '@/lib/api/idempotency';
import { unwrap } from '@/lib/api/problem';
import type { BulkAcceptInput, BulkAcceptResult } from '@/types/api';

/** Accepts several submitted reports of a period: all of them, or none (409) if one is stale. */
export function acceptReports(periodId: number, body: BulkAcceptInput) {
  return unwrap<BulkAcceptResult>(
    api.POST('/api/v1/periods/{id}/accept', {
      params: {
        path: { id: periodId },
        header: actOnce('accept-all', periodId, ...body.reports.flatMap((r) => [r.id, r.version])),
      },
      body,
    }),
  );
}

export function useAcceptReports(periodId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BulkAcceptInput) => acceptReports(periodId, body),
    onSuccess: ({ accepted }) => {
      for (const report of accepted)
        void queryClient.invalidateQueries({ queryKey: ['reports', report.id] });
      void queryClient.invalidateQueries({ queryKey: ['reports', 'period'] });
      void queryClient.invalidateQueries({ queryKey: ['periods'] });
    },
  });
}
