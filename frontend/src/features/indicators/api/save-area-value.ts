import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { AreaValue, IndicatorValueInput } from '@/types/api';

/** Gives an area's figures for a year; leave `version` out the first time (409 when stale). */
export function saveAreaValue(
  indicatorId: number,
  unitId: number,
  year: number,
  body: IndicatorValueInput,
) {
  return unwrap<AreaValue>(
    api.PUT('/api/v1/indicators/{id}/values/{unitId}/{year}', {
      params: { path: { id: indicatorId, unitId, year } },
      body,
    }),
  );
}

/** Saves, then refetches the indicator's series and area values (every unit and year). */
export function useSaveAreaValue(indicatorId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      unitId,
      year,
      body,
    }: {
      unitId: number;
      year: number;
      body: IndicatorValueInput;
    }) => saveAreaValue(indicatorId, unitId, year, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['indicators', indicatorId] }),
  });
}
