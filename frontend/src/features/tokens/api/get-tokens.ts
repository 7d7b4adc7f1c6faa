import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { TOKEN_PAGE_SIZE } from '@/config/query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { TokenPage } from '@/types/api';

/** The user's own API tokens (an administrator's: everyone's), a page at a time. */
export function getTokens(page: number) {
  return unwrap<TokenPage>(
    api.GET('/api/v1/tokens', { params: { query: { page, size: TOKEN_PAGE_SIZE } } }),
  );
}

export function getTokensQueryOptions(page: number) {
  return queryOptions({ queryKey: ['tokens', { page }], queryFn: () => getTokens(page) });
}

export function useTokens(page: number) {
  return useQuery({ ...getTokensQueryOptions(page), placeholderData: keepPreviousData });
}
