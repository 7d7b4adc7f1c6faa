import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { OrgChangeList } from '@/types/api';

export const ORG_CHANGE_PAGE_SIZE = 50;

/** Recorded organisation changes, latest effective date first, and what the caller may do. */
export function getOrgChanges(page: number) {
  return unwrap<OrgChangeList>(
    api.GET('/api/v1/org-changes', { params: { query: { page, size: ORG_CHANGE_PAGE_SIZE } } }),
  );
}

export function getOrgChangesQueryOptions(page: number) {
  return queryOptions({ queryKey: ['org-changes', { page }], queryFn: () => getOrgChanges(page) });
}

export function useOrgChanges(page: number) {
  return useQuery({ ...getOrgChangesQueryOptions(page), placeholderData: keepPreviousData });
}
