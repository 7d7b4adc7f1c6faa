import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { Indicator, IndicatorInput } from '@/types/api';

/** Defines or changes a target's indicator (the coordinator); send the version when changing. */
export function saveIndicator(targetId: number, body: IndicatorInput) {
  return unwrap<Indicator>(
    api.PUT('/api/v1/targets/{targetId}/indicator', { params: { path: { targetId } }, body }),
  );
}

/** Saves, then refetches the plan's indicators and everything computed from the indicator. */
export function useSaveIndicator(planId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ targetId, body }: { targetId: number; body: IndicatorInput }) =>
      saveIndicator(targetId, body),
    onSuccess: (indicator) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['indicators', 'plan', planId] }),
        queryClient.invalidateQueries({ queryKey: ['indicators', indicator.id] }),
        queryClient.invalidateQueries({ queryKey: ['history', 'indicator', indicator.id] }),
      ]),
  });
}
