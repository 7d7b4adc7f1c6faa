/** Data-fetching defaults. */
export const TASK_PAGE_SIZE = 50;
export const OBLIGATION_PAGE_SIZE = 100;
export const PLAN_PAGE_SIZE = 20;
export const TOKEN_PAGE_SIZE = 20;
export const USER_PAGE_SIZE = 20;
export const HISTORY_PAGE_SIZE = 20;
export const SECURITY_EVENT_PAGE_SIZE = 50;
export const SEARCH_DEBOUNCE_MS = 300;
export const PERIOD_PAGE_SIZE = 200;
export const REPORT_PAGE_SIZE = 200;
export const OBSTACLE_PAGE_SIZE = 20;
export const TASK_COMPLIANCE_PAGE_SIZE = 20;
export const OVERDUE_TASK_PAGE_SIZE = 20;
export const NOTIFICATION_PAGE_SIZE = 20;
/** How often the reminder bell asks for new digests: they come at most once a day. */
export const NOTIFICATION_POLL_MS = 5 * 60 * 1000;
/** A plan has a handful of indicators; an indicator a dozen areas or so. */
export const INDICATOR_PAGE_SIZE = 200;
export const AREA_VALUE_PAGE_SIZE = 200;
export const UNIT_SEARCH_SIZE = 20;
/** The drafts waiting for review, on the import page. */
export const PLAN_IMPORT_PAGE_SIZE = 10;
