import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { HISTORY_PAGE_SIZE } from '@/config/query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { HistoryPage } from '@/types/api';

/** What a history belongs to. */
export interface HistorySubject {
  type: 'plan' | 'task' | 'report' | 'indicator' | 'indicatorValue' | 'unit';
  id: number;
}

/** One page of the audit trail, newest first. */
export function getHistory(subject: HistorySubject, page: number) {
  const params = { path: { id: subject.id }, query: { page, size: HISTORY_PAGE_SIZE } };
  const request =
    subject.type === 'plan'
      ? api.GET('/api/v1/plans/{id}/history', { params })
      : subject.type === 'task'
        ? api.GET('/api/v1/tasks/{id}/history', { params })
        : subject.type === 'indicator'
          ? api.GET('/api/v1/indicators/{id}/history', { params })
          : subject.type === 'indicatorValue'
            ? api.GET('/api/v1/indicator-values/{id}/history', { params })
            : subject.type === 'unit'
              ? api.GET('/api/v1/units/{id}/history', { params })
              : api.GET('/api/v1/reports/{id}/history', { params });
  return unwrap<HistoryPage>(request);
}

export function getHistoryQueryOptions(subject: HistorySubject) {
  return infiniteQueryOptions({
    queryKey: ['history', subject.type, subject.id],
    queryFn: ({ pageParam }) => getHistory(subject, pageParam),
    initialPageParam: 0,
    getNextPageParam: (last) => (last.page + 1 < last.totalPages ? last.page + 1 : undefined),
  });
}

export function useHistory(subject: HistorySubject) {
  return useInfiniteQuery(getHistoryQueryOptions(subject));
}
