import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { SignInOptions } from '@/types/api';

export const signInOptionsQueryKey = ['sign-in-options'] as const;

/** What the sign-in page may offer as the server is configured (public). */
export function getSignInOptions(): Promise<SignInOptions> {
  return unwrap<SignInOptions>(api.GET('/api/v1/session/options'));
}

export function getSignInOptionsQueryOptions() {
  // The server's configuration does not change while the page is open.
  return queryOptions({
    queryKey: signInOptionsQueryKey,
    queryFn: getSignInOptions,
    staleTime: Infinity,
  });
}

export function useSignInOptions() {
  return useQuery(getSignInOptionsQueryOptions());
}
