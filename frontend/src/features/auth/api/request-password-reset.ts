import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { PasswordResetRequested, PasswordResetRequestInput } from '@/types/api';

/**
 * Asks for a reset link: 202 alike whether or not the account exists; 404
 * `PASSWORD_RESET_DISABLED`, or 429 `PASSWORD_RESET_THROTTLED` with Retry-After.
 */
export function requestPasswordReset(body: PasswordResetRequestInput) {
  return unwrap<PasswordResetRequested>(api.POST('/api/v1/password-resets', { body }));
}

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: requestPasswordReset });
}
