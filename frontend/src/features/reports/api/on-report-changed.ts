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
