import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { actOnce } from '@/lib/api/idempotency';
import { unwrap } from '@/lib/api/problem';
import type { Report } from '@/types/api';
import { onReportChanged } from './on-report-changed';

export function acceptReport(id: number, version: number) {
  return unwrap<Report>(
    api.POST('/api/v1/reports/{id}/accept', {
      params: { path: { id }, header: actOnce('accept', id, version) },
      body: { version },
    }),
  );
}

export function useAcceptReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: number; version: number }) => acceptReport(id, version),
    onSuccess: (report) => onReportChanged(queryClient, report),
  });
}
