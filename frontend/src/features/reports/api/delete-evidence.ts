import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapEmpty } from '@/lib/api/problem';
import { onEvidenceChanged } from './on-report-changed';

/** Removes an evidence file from a draft or returned report. */
export function deleteEvidence(reportId: number, evidenceId: number) {
  return unwrapEmpty(
    api.DELETE('/api/v1/reports/{id}/evidence/{evidenceId}', {
      params: { path: { id: reportId, evidenceId } },
    }),
  );
}

export function useDeleteEvidence(reportId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (evidenceId: number) => deleteEvidence(reportId, evidenceId),
    onSuccess: () => onEvidenceChanged(queryClient, reportId),
  });
}
