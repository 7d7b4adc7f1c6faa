import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { OrgChangePackage } from '@/types/api';

/** A package's changes with this database's unit ids, ready to preview and record. */
export function getOrgChangePackage(code: string) {
  return unwrap<OrgChangePackage>(
    api.GET('/api/v1/org-change-packages/{code}', { params: { path: { code } } }),
  );
}

export function getOrgChangePackageQueryOptions(code: string) {
  return queryOptions({
    queryKey: ['org-change-packages', code],
    queryFn: () => getOrgChangePackage(code),
  });
}

export function useOrgChangePackage(code: string) {
  return useQuery(getOrgChangePackageQueryOptions(code));
}
