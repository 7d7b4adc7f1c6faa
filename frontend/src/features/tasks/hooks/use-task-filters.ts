import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseTaskFilters, toSearchParams, type TaskFilters } from '../utils/task-filters';

/** Task filters kept in the URL so a filtered view can be shared; any change resets the page. */
export function useTaskFilters() {
  const [search, setSearch] = useSearchParams();
  const filters = useMemo(() => parseTaskFilters(search), [search]);

  const update = useCallback(
    (change: Partial<TaskFilters>) => {
      setSearch(
        (previous) => {
          const current = parseTaskFilters(previous);
          const next = { ...current, page: 0, ...change };
          if (change.unitId) next.groupId = undefined;
          if (change.groupId) next.unitId = undefined;
          return toSearchParams(next);
        },
        { replace: true },
      );
    },
    [setSearch],
  );

  // Clearing the filters keeps the day the organisation is shown on.
  const clear = useCallback(
    () =>
      setSearch((previous) => toSearchParams({ asOf: parseTaskFilters(previous).asOf }), {
        replace: true,
      }),
    [setSearch],
  );

  return { filters, update, clear };
}
