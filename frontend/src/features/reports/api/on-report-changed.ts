import type { QueryClient } from '@tanstack/react-query';
import type { Report } from '@/types/api';

/** After a change the answer is the report itself; lists and compliance counts are refetched. */
export function onReportChanged(queryClient: QueryClient, report: Report) {
  queryClient.setQueryData(['reports', report.id], report);
  void queryClient.invalidateQueries({
    queryKey: ['reports', 'period'],
  });
  void queryClient.invalidateQueries({ queryKey: ['periods'] });
}

/**
 * After a file is attached or removed the answer is not the report: refetch it. The report form
 * keeps what the officer typed (its values are not reset from a refetched report).
 */
export function onEvidenceChanged(queryClient: QueryClient, reportId: number) {
  return queryClient.invalidateQueries({ queryKey: ['reports', reportId], exact: true });
}
