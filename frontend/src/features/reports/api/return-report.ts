import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { actOnce } from '@/lib/api/idempotency';
import { unwrap } from '@/lib/api/problem';
import type { Report } from '@/types/api';
import { onReportChanged } from './on-report-changed';

export interface ReturnReportInput {
  id: number;
  reason: string;
  version: number;
}

/** Sends a submitted report back to its unit with the reason, which the unit sees. */
export function returnReport({ id, reason, version }: ReturnReportInput) {
  return unwrap<Report>(
    api.POST('/api/v1/reports/{id}/return', {
      params: { path: { id }, header: actOnce('return', id, version) },
      body: { reason, version },
    }),
  );
}

export function useReturnReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: returnReport,
    onSuccess: (report) => onReportChanged(queryClient, report),
  });
}
