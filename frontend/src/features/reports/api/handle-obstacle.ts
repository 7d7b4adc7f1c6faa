import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { ObstacleHandling, ObstacleItem } from '@/types/api';

/** Sets an obstacle's status, owner and response; resolving or escalating needs a response. */
export function handleObstacle(id: number, body: ObstacleHandling) {
  return unwrap<ObstacleItem>(
    api.PUT('/api/v1/obstacles/{id}', {
      params: { path: { id } },
      body,
    }),
  );
}

export function useHandleObstacle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: ObstacleHandling }) => handleObstacle(id, body),
    onSuccess: (item) => {
      void queryClient.invalidateQueries({ queryKey: ['obstacles'] });
      void queryClient.invalidateQueries({ queryKey: ['reports', item.reportId] });
    },
  });
}
