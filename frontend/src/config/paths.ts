/** Route paths and builders for links, in one place. */
export const paths = {
  home: { path: '/', getHref: () => '/' },
  plans: { path: '/plans', getHref: () => '/plans' },
  plan: {
    path: '/plans/:planId',
    getHref: (planId: number | string, search?: URLSearchParams | Record<string, string>) => {
      const query = new URLSearchParams(search).toString();
      return `/plans/${planId}${query ? `?${query}` : ''}`;
    },
  },
  units: { path: '/units', getHref: () => '/units' },
  unit: { path: '/units/:unitId', getHref: (unitId: number | string) => `/units/${unitId}` },
} as const;
