import { createBrowserRouter, type RouteObject } from 'react-router';
import { AppLayout } from '@/components/layouts/app-layout';
import { paths } from '@/config/paths';
import { LandingRoute } from './routes/landing';
import { NotFoundRoute } from './routes/not-found';
import { PlanRoute } from './routes/plan';
import { PlansRoute } from './routes/plans';
import { UnitRoute } from './routes/unit';
import { UnitsRoute } from './routes/units';

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      { path: paths.home.path, element: <LandingRoute /> },
      { path: paths.plans.path, element: <PlansRoute /> },
      { path: paths.plan.path, element: <PlanRoute /> },
      { path: paths.units.path, element: <UnitsRoute /> },
      { path: paths.unit.path, element: <UnitRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
