import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { Period, PeriodInput } from '@/types/api';

/** Opens a reporting period: the API creates a draft report for each unit that owes tasks. */
export function createPeriod(planId: number, body: PeriodInput) {
  return unwrap<Period>(
    api.POST('/api/v1/plans/{planId}/periods', { params: { path: { planId } }, body }),
  );
}

export function useCreatePeriod(planId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PeriodInput) => createPeriod(planId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['periods'] }),
  });
}
