import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapEmpty } from '@/lib/api/problem';

/** Removes a user's second factor: the password alone signs them in again. */
export function resetTotp(id: number) {
  return unwrapEmpty(api.DELETE('/api/v1/users/{id}/totp', { params: { path: { id } } }));
}

export function useResetTotp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resetTotp,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}
