import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { Report, ReportUpdate } from '@/types/api';
import { onReportChanged } from './on-report-changed';

/** Saves a draft or returned report's entries; a stale `version` gets 409 STALE_VERSION. */
export function saveReport(id: number, body: ReportUpdate) {
  return unwrap<Report>(api.PUT('/api/v1/reports/{id}', { params: { path: { id } }, body }));
}

export function useSaveReport(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReportUpdate) => saveReport(id, body),
    onSuccess: (report) => onReportChanged(queryClient, report),
  });
}
