import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { SECURITY_EVENT_PAGE_SIZE } from '@/config/query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { SecurityEventKind, SecurityEventPage } from '@/types/api';

export interface GetSecurityEventsParams {
  kind?: SecurityEventKind;
  page?: number;
}

/** Sign-ins, sign-outs, refusals, password and token changes; newest first. */
export function getSecurityEvents({ kind, page = 0 }: GetSecurityEventsParams) {
  return unwrap<SecurityEventPage>(
    api.GET('/api/v1/security-events', {
      params: { query: { kind, page, size: SECURITY_EVENT_PAGE_SIZE } },
    }),
  );
}

export function getSecurityEventsQueryOptions(params: GetSecurityEventsParams) {
  return queryOptions({
    queryKey: ['security-events', params],
    queryFn: () => getSecurityEvents(params),
  });
}

export function useSecurityEvents(params: GetSecurityEventsParams) {
  return useQuery({ ...getSecurityEventsQueryOptions(params), placeholderData: keepPreviousData });
}
