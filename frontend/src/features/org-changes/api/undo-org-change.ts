import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapEmpty } from '@/lib/api/problem';

export interface UndoOrgChange {
  id: number;
  version: number;
}

/** Undoes a change nothing relies on yet; 409 with the reason otherwise. */
export function undoOrgChange({ id, version }: UndoOrgChange) {
  return unwrapEmpty(
    api.DELETE('/api/v1/org-changes/{id}', { params: { path: { id }, query: { version } } }),
  );
}

export function useUndoOrgChange() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: undoOrgChange,
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
