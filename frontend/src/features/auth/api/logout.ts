import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { api, setCsrfToken } from '@/lib/api/client';
import { toApiError } from '@/lib/api/problem';
import { sessionQueryKey } from './get-session';

/** Ends the session on the server; a 401 means it had already ended. */
export async function logout(): Promise<void> {
  const { error, response } = await api.DELETE('/api/v1/session');
  if (!response.ok && response.status !== 401) throw toApiError(error, response);
}

/** Signs out, forgets every cached answer and goes to the sign-in page. */
export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: logout,
    onSettled: (_data, error) => {
      setCsrfToken(null);
      queryClient.clear();
      // After a failure the sign-in page asks the server again whether the session still exists.
      if (!error) queryClient.setQueryData(sessionQueryKey, null);
      void navigate(paths.login.getHref(), { replace: true });
    },
  });
}
