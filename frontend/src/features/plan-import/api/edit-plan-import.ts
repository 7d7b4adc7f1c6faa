import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap, unwrapEmpty } from '@/lib/api/problem';
import type { components } from '@/lib/api/schema';
import type { DraftPlan, PlanImport, UnitChoiceInput } from '@/types/api';
import { getDraftImportsQueryOptions } from './get-plan-imports';

export interface SavePlanImportInput {
  plan: DraftPlan;
  units: UnitChoiceInput[];
  version: number;
}

/** Sends the whole corrected draft and the unit choices; the answer has the new problems. */
export function savePlanImport(importId: number, { plan, units, version }: SavePlanImportInput) {
  return unwrap<PlanImport>(
    api.PUT('/api/v1/plan-imports/{id}', {
      params: { path: { id: importId } },
      // The UI's draft type allows the nulls the reader leaves; the server takes them back.
      body: { plan: plan as components['schemas']['DraftPlan'], units, version },
    }),
  );
}

/** Makes the draft a live plan: the answer carries its planId. */
export function confirmPlanImport(importId: number, version: number) {
  return unwrap<PlanImport>(
    api.POST('/api/v1/plan-imports/{id}/confirm', {
      params: { path: { id: importId } },
      body: { version },
    }),
  );
}

export function discardPlanImport(importId: number, version: number) {
  return unwrapEmpty(
    api.DELETE('/api/v1/plan-imports/{id}', {
      params: { path: { id: importId }, query: { version } },
    }),
  );
}

/** The list of drafts waiting, which confirming or discarding one changes. */
const DRAFTS_KEY = getDraftImportsQueryOptions().queryKey;

/** Each answer replaces the cached import, so a reload shows what the server now holds. */
export function useEditPlanImport(importId: number) {
  const queryClient = useQueryClient();
  const key = ['plan-imports', importId];
  const keep = (view: PlanImport) => queryClient.setQueryData(key, view);
  return {
    save: useMutation({
      mutationFn: (input: SavePlanImportInput) => savePlanImport(importId, input),
      onSuccess: keep,
    }),
    confirm: useMutation({
      mutationFn: (version: number) => confirmPlanImport(importId, version),
      onSuccess: (view) =>
        Promise.all([
          keep(view),
          queryClient.invalidateQueries({ queryKey: ['plans'] }),
          queryClient.invalidateQueries({ queryKey: ['units'] }),
          queryClient.invalidateQueries({ queryKey: DRAFTS_KEY }),
        ]),
    }),
    discard: useMutation({
      mutationFn: (version: number) => discardPlanImport(importId, version),
      // Marked stale without a refetch: the draft is gone, and the page is leaving.
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: key, refetchType: 'none' }),
          queryClient.invalidateQueries({ queryKey: DRAFTS_KEY }),
        ]),
    }),
  };
}
