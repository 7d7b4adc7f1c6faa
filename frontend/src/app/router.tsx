import { Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { ADMIN_ONLY } from '@/config/navigation';
import { paths } from '@/config/paths';
import { RequireRole } from '@/features/auth/components/require-role';
import { ProtectedLayout } from './protected-layout';
import { LazyNotFoundRoute } from './routes/not-found-lazy';

// Each page is its own chunk: the plan page does not download the units pages and vice versa.
// AppLayout shows a skeleton (Suspense) while a page's chunk loads.
const LoginRoute = lazy(() => import('./routes/login').then((m) => ({ default: m.LoginRoute })));
const ForgotPasswordRoute = lazy(() =>
  import('./routes/forgot-password').then((m) => ({ default: m.ForgotPasswordRoute })),
);
const ResetPasswordRoute = lazy(() =>
  import('./routes/reset-password').then((m) => ({ default: m.ResetPasswordRoute })),
);
const LandingRoute = lazy(() =>
  import('./routes/landing').then((m) => ({ default: m.LandingRoute })),
);
const PlansRoute = lazy(() => import('./routes/plans').then((m) => ({ default: m.PlansRoute })));
const PlanRoute = lazy(() => import('./routes/plan').then((m) => ({ default: m.PlanRoute })));
const ObstaclesRoute = lazy(() =>
  import('./routes/obstacles').then((m) => ({ default: m.ObstaclesRoute })),
);
const IndicatorsRoute = lazy(() =>
  import('./routes/indicators').then((m) => ({ default: m.IndicatorsRoute })),
);
const PeriodRoute = lazy(() => import('./routes/period').then((m) => ({ default: m.PeriodRoute })));
const ConsolidatedRoute = lazy(() =>
  import('./routes/consolidated').then((m) => ({ default: m.ConsolidatedRoute })),
);
const ReportRoute = lazy(() => import('./routes/report').then((m) => ({ default: m.ReportRoute })));
const UnitsRoute = lazy(() => import('./routes/units').then((m) => ({ default: m.UnitsRoute })));
const UnitRoute = lazy(() => import('./routes/unit').then((m) => ({ default: m.UnitRoute })));
const OrgChangesRoute = lazy(() =>
  import('./routes/org-changes').then((m) => ({ default: m.OrgChangesRoute })),
);
const OrgChangeRoute = lazy(() =>
  import('./routes/org-change').then((m) => ({ default: m.OrgChangeRoute })),
);
const OrgChangeNewRoute = lazy(() =>
  import('./routes/org-change-new').then((m) => ({ default: m.OrgChangeNewRoute })),
);
const OrgChangePackagesRoute = lazy(() =>
  import('./routes/org-change-packages').then((m) => ({ default: m.OrgChangePackagesRoute })),
);
const TokensRoute = lazy(() => import('./routes/tokens').then((m) => ({ default: m.TokensRoute })));
const UsersRoute = lazy(() => import('./routes/users').then((m) => ({ default: m.UsersRoute })));
const PlanImportNewRoute = lazy(() =>
  import('./routes/plan-import-new').then((m) => ({ default: m.PlanImportNewRoute })),
);
const PlanImportRoute = lazy(() =>
  import('./routes/plan-import').then((m) => ({ default: m.PlanImportRoute })),
);
const SecurityEventsRoute = lazy(() =>
  import('./routes/security-events').then((m) => ({ default: m.SecurityEventsRoute })),
);

export const routes: RouteObject[] = [
  {
    path: paths.login.path,
    element: (
      <Suspense fallback={<Skeleton active style={{ padding: 24 }} />}>
        <LoginRoute />
      </Suspense>
    ),
  },
  {
    path: paths.forgotPassword.path,
    element: (
      <Suspense fallback={<Skeleton active style={{ padding: 24 }} />}>
        <ForgotPasswordRoute />
      </Suspense>
    ),
  },
  {
    path: paths.resetPassword.path,
    element: (
      <Suspense fallback={<Skeleton active style={{ padding: 24 }} />}>
        <ResetPasswordRoute />
      </Suspense>
    ),
  },
  {
    element: <ProtectedLayout />,
    children: [
      { path: paths.home.path, element: <LandingRoute /> },
      { path: paths.plans.path, element: <PlansRoute /> },
      { path: paths.plan.path, element: <PlanRoute /> },
      { path: paths.planObstacles.path, element: <ObstaclesRoute /> },
      { path: paths.planIndicators.path, element: <IndicatorsRoute /> },
      { path: paths.period.path, element: <PeriodRoute /> },
      { path: paths.consolidated.path, element: <ConsolidatedRoute /> },
      { path: paths.report.path, element: <ReportRoute /> },
      { path: paths.units.path, element: <UnitsRoute /> },
      { path: paths.unit.path, element: <UnitRoute /> },
      { path: paths.orgChanges.path, element: <OrgChangesRoute /> },
      { path: paths.orgChangeNew.path, element: <OrgChangeNewRoute /> },
      { path: paths.orgChangePackages.path, element: <OrgChangePackagesRoute /> },
      { path: paths.orgChange.path, element: <OrgChangeRoute /> },
      { path: paths.tokens.path, element: <TokensRoute /> },
      {
        path: paths.users.path,
        element: (
          <RequireRole roles={ADMIN_ONLY}>
            <UsersRoute />
          </RequireRole>
        ),
      },
      {
        path: paths.planImportNew.path,
        element: (
          <RequireRole roles={ADMIN_ONLY}>
            <PlanImportNewRoute />
          </RequireRole>
        ),
      },
      {
        path: paths.planImport.path,
        element: (
          <RequireRole roles={ADMIN_ONLY}>
            <PlanImportRoute />
          </RequireRole>
        ),
      },
      {
        path: paths.securityEvents.path,
        element: (
          <RequireRole roles={ADMIN_ONLY}>
            <SecurityEventsRoute />
          </RequireRole>
        ),
      },
      { path: '*', element: <LazyNotFoundRoute /> },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
