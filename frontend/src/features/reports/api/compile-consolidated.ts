import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { Consolidated } from '@/types/api';

/**
 * Compiles the draft from the period's unit reports; compiling again rewrites the body (section
 * edits are lost) and keeps the header and signature. 409 once the report is final.
 */
export function compileConsolidated(periodId: number) {
  return unwrap<Consolidated>(
    api.POST('/api/v1/periods/{id}/consolidated-report', { params: { path: { id: periodId } } }),
  );
}

export function useCompileConsolidated(periodId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => compileConsolidated(periodId),
    onSuccess: (report) => queryClient.setQueryData(['consolidated', periodId], report),
  });
}
