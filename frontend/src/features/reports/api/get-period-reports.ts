import { keepPreviousData, queryOptions, useQueries, useQuery } from '@tanstack/react-query';
import { REPORT_PAGE_SIZE } from '@/config/query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { ReportStatus, ReportSummaryPage } from '@/types/api';

/** A period's unit reports by unit name; a unit officer gets only their own units' reports. */
export function getPeriodReports(periodId: number, status?: ReportStatus) {
  return unwrap<ReportSummaryPage>(
    api.GET('/api/v1/periods/{id}/reports', {
      params: { path: { id: periodId }, query: { status, size: REPORT_PAGE_SIZE } },
    }),
  );
}

export function getPeriodReportsQueryOptions(periodId: number, status?: ReportStatus) {
  return queryOptions({
    queryKey: ['reports', 'period', periodId, { status }],
    queryFn: () => getPeriodReports(periodId, status),
  });
}

export function usePeriodReports(periodId: number, status?: ReportStatus) {
  return useQuery({
    ...getPeriodReportsQueryOptions(periodId, status),
    placeholderData: keepPreviousData,
  });
}

/** The reports of several periods at once, in the periods' order. */
export function useReportsOfPeriods(periodIds: number[]) {
  return useQueries({ queries: periodIds.map((id) => getPeriodReportsQueryOptions(id)) });
}
