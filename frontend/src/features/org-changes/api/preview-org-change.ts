import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { OrgChangeInput, OrgChangePreview } from '@/types/api';

/** What recording the change would do; the server writes nothing. */
export function previewOrgChange(body: OrgChangeInput) {
  return unwrap<OrgChangePreview>(api.POST('/api/v1/org-changes/preview', { body }));
}

export function usePreviewOrgChange() {
  return useMutation({ mutationFn: previewOrgChange });
}
