import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { OrgChangeInput, OrgChangePreview } from '@/types/api';

/** Each change's preview as it would be after the ones before it; the server writes nothing. */
export function previewOrgChangeBatch(changes: OrgChangeInput[]) {
  return unwrap<OrgChangePreview[]>(
    api.POST('/api/v1/org-changes/batch/preview', { body: { changes } }),
  );
}

export function usePreviewOrgChangeBatch() {
  return useMutation({ mutationFn: previewOrgChangeBatch });
}
