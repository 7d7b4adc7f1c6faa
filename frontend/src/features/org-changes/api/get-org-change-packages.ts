import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { OrgChangePackageSummary } from '@/types/api';

/** Reorganisations prepared as data (such as Ngọc Hồi's of 2025); none applies on its own. */
export function getOrgChangePackages() {
  return unwrap<OrgChangePackageSummary[]>(api.GET('/api/v1/org-change-packages'));
}

export function getOrgChangePackagesQueryOptions() {
  return queryOptions({ queryKey: ['org-change-packages'], queryFn: getOrgChangePackages });
}

export function useOrgChangePackages() {
  return useQuery(getOrgChangePackagesQueryOptions());
}
