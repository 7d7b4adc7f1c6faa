import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { Report } from '@/types/api';

export function getReport(id: number) {
  return unwrap<Report>(api.GET('/api/v1/reports/{id}', { params: { path: { id } } }));
}

export function getReportQueryOptions(id: number) {
  return queryOptions({ queryKey: ['reports', id], queryFn: () => getReport(id) });
}

export function useReport(id: number) {
  return useQuery(getReportQueryOptions(id));
}
