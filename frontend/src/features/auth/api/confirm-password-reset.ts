import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapEmpty } from '@/lib/api/problem';
import type { PasswordResetConfirmInput } from '@/types/api';
import { sessionQueryKey } from './get-session';

/**
 * Sets the new password through a mailed link: 422 `RESET_TOKEN_INVALID` (wrong or used), 410
 * `RESET_TOKEN_EXPIRED`, or 422 `VALIDATION_FAILED` with field errors.
 */
export function confirmPasswordReset(body: PasswordResetConfirmInput) {
  return unwrapEmpty(api.POST('/api/v1/password-resets/confirm', { body }));
}

export function useConfirmPasswordReset() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: confirmPasswordReset,
    // Every session of the account ended, this browser's too if it was signed in as them.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionQueryKey }),
  });
}
