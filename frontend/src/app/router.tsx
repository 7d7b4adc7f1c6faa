import { lazy } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { AppLayout } from '@/components/layouts/app-layout';
import { paths } from '@/config/paths';
import { LazyNotFoundRoute } from './routes/not-found-lazy';

// Each page is its own chunk: the plan page does not download the units pages and vice versa.
// AppLayout shows a skeleton (Suspense) while a page's chunk loads.
const LandingRoute = lazy(() =>
  import('./routes/landing').then((m) => ({ default: m.LandingRoute })),
);
const PlansRoute = lazy(() => import('./routes/plans').then((m) => ({ default: m.PlansRoute })));
const PlanRoute = lazy(() => import('./routes/plan').then((m) => ({ default: m.PlanRoute })));
const UnitsRoute = lazy(() => import('./routes/units').then((m) => ({ default: m.UnitsRoute })));
const UnitRoute = lazy(() => import('./routes/unit').then((m) => ({ default: m.UnitRoute })));

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      { path: paths.home.path, element: <LandingRoute /> },
      { path: paths.plans.path, element: <PlansRoute /> },
      { path: paths.plan.path, element: <PlanRoute /> },
      { path: paths.units.path, element: <UnitsRoute /> },
      { path: paths.unit.path, element: <UnitRoute /> },
      { path: '*', element: <LazyNotFoundRoute /> },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
