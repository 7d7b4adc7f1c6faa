import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapEmpty } from '@/lib/api/problem';
import type { TotpDisableInput } from '@/types/api';
import { sessionQueryKey } from './get-session';

/** Turns the second factor off with a current code or the password; 422 on the wrong field. */
export function disableTotp(body: TotpDisableInput) {
  return unwrapEmpty(api.DELETE('/api/v1/me/totp', { body }));
}

export function useDisableTotp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: disableTotp,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionQueryKey }),
  });
}
