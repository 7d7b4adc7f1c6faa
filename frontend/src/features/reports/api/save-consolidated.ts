import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { Consolidated, ConsolidatedUpdate } from '@/types/api';

/** Saves the draft's header, signature and sections; a stale `version` gets 409 STALE_VERSION. */
export function saveConsolidated(periodId: number, body: ConsolidatedUpdate) {
  return unwrap<Consolidated>(
    api.PUT('/api/v1/periods/{id}/consolidated-report', {
      params: { path: { id: periodId } },
      body,
    }),
  );
}

export function useSaveConsolidated(periodId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ConsolidatedUpdate) => saveConsolidated(periodId, body),
    onSuccess: (report) => queryClient.setQueryData(['consolidated', periodId], report),
  });
}
