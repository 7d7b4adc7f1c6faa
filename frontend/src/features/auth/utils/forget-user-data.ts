import type { QueryClient } from '@tanstack/react-query';
import { sessionQueryKey } from '../api/get-session';

/** Drops every cached answer but the session's, so the next user never sees the last one's data. */
export function forgetUserData(queryClient: QueryClient) {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
}
