import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { USER_PAGE_SIZE } from '@/config/query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { AccountRole, UserPage } from '@/types/api';

export interface GetUsersParams {
  /** Part of the username or the display name. */
  q?: string;
  role?: AccountRole;
  page?: number;
}

export function getUsers({ q, role, page = 0 }: GetUsersParams) {
  return unwrap<UserPage>(
    api.GET('/api/v1/users', {
      params: { query: { q: q || undefined, role, page, size: USER_PAGE_SIZE } },
    }),
  );
}

export function getUsersQueryOptions(params: GetUsersParams) {
  return queryOptions({ queryKey: ['users', params], queryFn: () => getUsers(params) });
}

export function useUsers(params: GetUsersParams) {
  return useQuery({ ...getUsersQueryOptions(params), placeholderData: keepPreviousData });
}
