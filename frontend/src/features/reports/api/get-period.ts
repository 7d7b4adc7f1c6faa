import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { Period } from '@/types/api';

export function getPeriod(id: number) {
  return unwrap<Period>(api.GET('/api/v1/periods/{id}', { params: { path: { id } } }));
}

export function getPeriodQueryOptions(id: number) {
  return queryOptions({ queryKey: ['periods', id], queryFn: () => getPeriod(id) });
}

export function usePeriod(id: number) {
  return useQuery(getPeriodQueryOptions(id));
}
