/** Route paths and builders for links, in one place. */
export const paths = {
  home: { path: '/', getHref: () => '/' },
  login: {
    path: '/login',
    /** `next`: where to go after signing in (a path on this site). */
    getHref: (next?: string) => (next ? `/login?${new URLSearchParams({ next })}` : '/login'),
  },
  forgotPassword: { path: '/forgot-password', getHref: () => '/forgot-password' },
  /** The page a mailed reset link opens: `/reset-password?token=…`. */
  resetPassword: { path: '/reset-password', getHref: () => '/reset-password' },
  plans: { path: '/plans', getHref: () => '/plans' },
  plan: {
    path: '/plans/:planId',
    getHref: (planId: number | string, search?: URLSearchParams | Record<string, string>) => {
      const query = new URLSearchParams(search).toString();
      return `/plans/${planId}${query ? `?${query}` : ''}`;
    },
  },
  planObstacles: {
    path: '/plans/:planId/obstacles',
    /** `periodId`: start filtered on that period. */
    getHref: (planId: number | string, periodId?: number) =>
      `/plans/${planId}/obstacles${periodId ? `?${new URLSearchParams({ periodId: String(periodId) })}` : ''}`,
  },
  planIndicators: {
    path: '/plans/:planId/indicators',
    /** `indicator`: the indicator's tab to open. */
    getHref: (planId: number | string, indicatorId?: number) =>
      `/plans/${planId}/indicators${indicatorId ? `?${new URLSearchParams({ indicator: String(indicatorId) })}` : ''}`,
  },
  planImportNew: { path: '/plan-imports/new', getHref: () => '/plan-imports/new' },
  planImport: {
    path: '/plan-imports/:importId',
    getHref: (importId: number | string) => `/plan-imports/${importId}`,
  },
  units: { path: '/units', getHref: () => '/units' },
  unit: { path: '/units/:unitId', getHref: (unitId: number | string) => `/units/${unitId}` },
  orgChanges: { path: '/org-changes', getHref: () => '/org-changes' },
  orgChangeNew: { path: '/org-changes/new', getHref: () => '/org-changes/new' },
  orgChangePackages: { path: '/org-changes/packages', getHref: () => '/org-changes/packages' },
  orgChange: {
    path: '/org-changes/:changeId',
    getHref: (changeId: number | string) => `/org-changes/${changeId}`,
  },
  period: { path: '/periods/:periodId', getHref: (id: number | string) => `/periods/${id}` },
  consolidated: {
    path: '/periods/:periodId/consolidated',
    getHref: (periodId: number | string) => `/periods/${periodId}/consolidated`,
  },
  report: { path: '/reports/:reportId', getHref: (id: number | string) => `/reports/${id}` },
  tokens: { path: '/tokens', getHref: () => '/tokens' },
  users: { path: '/users', getHref: () => '/users' },
  securityEvents: { path: '/security-events', getHref: () => '/security-events' },
} as const;
