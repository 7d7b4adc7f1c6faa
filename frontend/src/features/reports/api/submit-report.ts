import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { actOnce } from '@/lib/api/idempotency';
import { unwrap } from '@/lib/api/problem';
import type { Report, ReportUpdate } from '@/types/api';
import { onReportChanged } from './on-report-changed';
import { saveReport } from './save-report';

/** Submits a draft or returned report as it was last saved. */
export function submitReport(id: number, version: number) {
  return unwrap<Report>(
    api.POST('/api/v1/reports/{id}/submit', {
      params: { path: { id }, header: actOnce('submit', id, version) },
      body: { version },
    }),
  );
}

/**
 * Saves the entries, then submits the saved version. `onSaved` runs between the two, so the
 * caller can drop its local copy even when the submission itself fails.
 */
export function useSaveAndSubmitReport(id: number, onSaved: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: ReportUpdate) => {
      const saved = await saveReport(id, body);
      onSaved();
      onReportChanged(queryClient, saved);
      return submitReport(id, saved.version);
    },
    onSuccess: (report) => onReportChanged(queryClient, report),
  });
}
