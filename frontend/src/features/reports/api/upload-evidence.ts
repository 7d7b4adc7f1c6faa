import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { actOnce, pickOf } from '@/lib/api/idempotency';
import { unwrap } from '@/lib/api/problem';
import type { Evidence } from '@/types/api';
import { onEvidenceChanged } from './on-report-changed';

export interface UploadEvidenceInput {
  taskId: number;
  file: File;
}

/**
 * Attaches a file to a task of a draft or returned report, as multipart field `file`. The spec
 * types the binary part as a string; the serializer sends the File itself.
 */
export function uploadEvidence(reportId: number, { taskId, file }: UploadEvidenceInput) {
  return unwrap<Evidence>(
    api.POST('/api/v1/reports/{id}/entries/{taskId}/evidence', {
      params: {
        path: { id: reportId, taskId },
        header: actOnce('upload', reportId, taskId, pickOf(file)),
      },
      body: { file: file as unknown as string },
      bodySerializer: (body) => {
        const data = new FormData();
        data.append('file', body.file as unknown as Blob);
        return data;
      },
    }),
  );
}

export function useUploadEvidence(reportId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UploadEvidenceInput) => uploadEvidence(reportId, input),
    onSuccess: () => onEvidenceChanged(queryClient, reportId),
  });
}
