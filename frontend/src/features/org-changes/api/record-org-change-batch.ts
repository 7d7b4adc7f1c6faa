import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { OrgChange, OrgChangeInput } from '@/types/api';

/** Records the changes in order, all or none. */
export function recordOrgChangeBatch(changes: OrgChangeInput[]) {
  return unwrap<OrgChange[]>(api.POST('/api/v1/org-changes/batch', { body: { changes } }));
}

export function useRecordOrgChangeBatch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordOrgChangeBatch,
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
