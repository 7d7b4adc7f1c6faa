import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrapEmpty } from '@/lib/api/problem';

/** Sets a user's password; the user's sessions end. */
export function resetPassword(id: number, newPassword: string) {
  return unwrapEmpty(
    api.PUT('/api/v1/users/{id}/password', { params: { path: { id } }, body: { newPassword } }),
  );
}

export function useResetPassword(id: number) {
  return useMutation({ mutationFn: (newPassword: string) => resetPassword(id, newPassword) });
}
