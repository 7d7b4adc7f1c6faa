import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapEmpty } from '@/lib/api/problem';
import { sessionQueryKey } from './get-session';

/** Turns the pending second factor on; 422 on `code` when it is not the app's current code. */
export function confirmTotp(code: string) {
  return unwrapEmpty(api.POST('/api/v1/me/totp/confirm', { body: { code } }));
}

export function useConfirmTotp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: confirmTotp,
    // The session's user says whether the second factor is on.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionQueryKey }),
  });
}
