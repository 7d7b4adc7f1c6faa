/** The QueryClient factory: no retries on 4xx, short staleness (data changes rarely). */
import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '@/lib/api/problem';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) =>
          !(error instanceof ApiError && error.status >= 400 && error.status < 500) &&
          failureCount < 2,
      },
    },
  });
}
