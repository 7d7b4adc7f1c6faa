import { queryOptions, useQuery } from '@tanstack/react-query';
import { NOTIFICATION_PAGE_SIZE, NOTIFICATION_POLL_MS } from '@/config/query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { NotificationPage } from '@/types/api';

/** The signed-in user's reminder digests, newest first (at most one a day). */
export function getNotifications() {
  return unwrap<NotificationPage>(
    api.GET('/api/v1/me/notifications', {
      params: { query: { page: 0, size: NOTIFICATION_PAGE_SIZE } },
    }),
  );
}

export function getNotificationsQueryOptions() {
  return queryOptions({
    queryKey: ['notifications'],
    queryFn: getNotifications,
    // Digests come at most once a day: asking every few minutes is plenty.
    refetchInterval: NOTIFICATION_POLL_MS,
  });
}

export function useNotifications() {
  return useQuery(getNotificationsQueryOptions());
}
