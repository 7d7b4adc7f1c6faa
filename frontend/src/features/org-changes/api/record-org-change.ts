import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { OrgChange, OrgChangeInput } from '@/types/api';

/** Records and applies the change, all or nothing. */
export function recordOrgChange(body: OrgChangeInput) {
  return unwrap<OrgChange>(api.POST('/api/v1/org-changes', { body }));
}

export function useRecordOrgChange() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordOrgChange,
    // Units open and close, and duties move: every organisation-dependent read is stale.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
