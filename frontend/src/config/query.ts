/** Data-fetching defaults. */
export const TASK_PAGE_SIZE = 50;
/** Group filters are applied in the browser, so they fetch one large page. */
export const GROUP_FILTER_PAGE_SIZE = 100;
export const OBLIGATION_PAGE_SIZE = 100;
export const PLAN_PAGE_SIZE = 20;
export const SEARCH_DEBOUNCE_MS = 300;
