import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { OrgChange } from '@/types/api';

export function getOrgChange(id: number) {
  return unwrap<OrgChange>(api.GET('/api/v1/org-changes/{id}', { params: { path: { id } } }));
}

export function getOrgChangeQueryOptions(id: number) {
  return queryOptions({ queryKey: ['org-changes', 'one', id], queryFn: () => getOrgChange(id) });
}

export function useOrgChange(id: number) {
  return useQuery(getOrgChangeQueryOptions(id));
}
