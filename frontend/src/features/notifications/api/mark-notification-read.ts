import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { Notification, NotificationPage } from '@/types/api';

export function markNotificationRead(id: number) {
  return unwrap<Notification>(
    api.POST('/api/v1/me/notifications/{id}/read', { params: { path: { id } } }),
  );
}

/** Marks a digest read; the cached list takes the answer, so the badge drops without a reload. */
export function useMarkNotificationRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markNotificationRead,
    onSuccess: (read) =>
      queryClient.setQueryData<NotificationPage>(['notifications'], (list) =>
        list ? { ...list, items: list.items.map((n) => (n.id === read.id ? read : n)) } : list,
      ),
  });
}
