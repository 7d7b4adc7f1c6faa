import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { OBSTACLE_PAGE_SIZE } from '@/config/query';
import { api } from '@/lib/api/client';
import { unwrap } from '@/lib/api/problem';
import type { ObstacleItemPage, ObstacleStatus } from '@/types/api';

export interface ObstacleFilters {
  periodId?: number;
  /** Any of these; all statuses when empty. */
  statuses: ObstacleStatus[];
  /** From 0. */
  page: number;
}

/** Obstacles raised in a plan's submitted reports; a unit officer gets their units' own. */
export function getPlanObstacles(planId: number, { periodId, statuses, page }: ObstacleFilters) {
  return unwrap<ObstacleItemPage>(
    api.GET('/api/v1/plans/{planId}/obstacles', {
      params: {
        path: { planId },
        query: {
          periodId,
          status: statuses.length > 0 ? statuses : undefined,
          page,
          size: OBSTACLE_PAGE_SIZE,
        },
      },
    }),
  );
}

export function getPlanObstaclesQueryOptions(planId: number, filters: ObstacleFilters) {
  return queryOptions({
    queryKey: ['obstacles', 'plan', planId, filters],
    queryFn: () => getPlanObstacles(planId, filters),
  });
}

export function usePlanObstacles(planId: number, filters: ObstacleFilters) {
  return useQuery({
    ...getPlanObstaclesQueryOptions(planId, filters),
    placeholderData: keepPreviousData,
  });
}
