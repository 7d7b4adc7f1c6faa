import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, setCsrfToken } from '@/lib/api/client';
import { toApiError } from '@/lib/api/problem';
import type { Session } from '@/types/api';

export const sessionQueryKey = ['session'] as const;

/** The session of this browser's cookie, or null when nobody is signed in (401). */
export async function getSession(): Promise<Session | null> {
  const { data, error, response } = await api.GET('/api/v1/session');
  if (response.status === 401) {
    setCsrfToken(null);
    return null;
  }
  if (!response.ok || !data) throw toApiError(error, response);
  setCsrfToken(data.csrfToken);
  return data;
}

export function getSessionQueryOptions() {
  // Signing in, out and a 401 set it; it does not go stale on its own.
  return queryOptions({ queryKey: sessionQueryKey, queryFn: getSession, staleTime: Infinity });
}

export function useSession() {
  return useQuery(getSessionQueryOptions());
}
