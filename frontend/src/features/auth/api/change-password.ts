import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapEmpty } from '@/lib/api/problem';
import type { PasswordChangeInput } from '@/types/api';
import { sessionQueryKey } from './get-session';

/** 422 `VALIDATION_FAILED` with field errors, or `RULE_VIOLATED` when the current one is wrong. */
export function changePassword(body: PasswordChangeInput) {
  return unwrapEmpty(api.PUT('/api/v1/me/password', { body }));
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    // The other sessions end; read this one again in case its CSRF token changed too.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionQueryKey }),
  });
}
