import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { UserInput, UserUpdate, UserView } from '@/types/api';

export function createUser(body: UserInput) {
  return unwrap<UserView>(api.POST('/api/v1/users', { body }));
}

/** 409 `STALE_VERSION` when someone changed the user since `body.version` was read. */
export function updateUser(id: number, body: UserUpdate) {
  return unwrap<UserView>(api.PUT('/api/v1/users/{id}', { params: { path: { id } }, body }));
}

export type SaveUser = { id: number; update: UserUpdate } | { create: UserInput };

/** Creates or updates a user; either way the list reloads (a stale version needs a fresh one). */
export function useSaveUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (save: SaveUser) =>
      'create' in save ? createUser(save.create) : updateUser(save.id, save.update),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}
