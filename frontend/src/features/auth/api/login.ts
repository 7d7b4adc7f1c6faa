import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { LoginInput, Session } from '@/types/api';
import { forgetUserData } from '../utils/forget-user-data';
import { sessionQueryKey } from './get-session';

/** Opens a session: 401 `LOGIN_FAILED`, or 429 `LOGIN_THROTTLED` with Retry-After. */
export async function login(credentials: LoginInput): Promise<Session> {
  const session = await unwrap<Session>(api.POST('/api/v1/session', { body: credentials }));
  setCsrfToken(session.csrfToken);
  return session;
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (session) => {
      forgetUserData(queryClient);
      queryClient.setQueryData(sessionQueryKey, session);
    },
  });
}
