import { Skeleton, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { paths } from '@/config/paths';
import { useCurrentUser } from '@/features/auth/hooks/use-current-user';
import { usePlan } from '@/features/plans/api/get-plan';
import { planLabel } from '@/features/plans/utils/plan-text';
import { ObstacleBoard } from '@/features/reports/components/obstacle-board';
import { canManageReporting } from '@/features/reports/utils/report-rules';
import { useUnitTree } from '@/features/units/api/get-unit-tree';
import { pickerOptions } from '@/features/units/utils/unit-options';
import { LazyNotFoundRoute } from './not-found-lazy';

function ObstaclesPage({ planId, periodId }: { planId: number; periodId?: number }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const plan = usePlan(planId);
  const canHandle = Boolean(plan.data) && canManageReporting(user, plan.data?.coordinator?.id);
  // An officer handles the obstacles their unit owns (status and response, not the owner).
  const ownUnitIds = useMemo(
    () => (user.role === 'UNIT_OFFICER' ? user.units.map((u) => u.id) : []),
    [user],
  );
  const tree = useUnitTree();
  const owners = useMemo(
    () => (tree.data ? pickerOptions(tree.data).units.map(({ id, name }) => ({ id, name })) : []),
    [tree.data],
  );
  if (plan.isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (plan.isError) return <ErrorAlert error={plan.error} onRetry={() => void plan.refetch()} />;
  return (
    <>
      <title>{`${t('reports.obstaclesBoard')} – ${t('app.title')}`}</title>
      <Link to={paths.plan.getHref(planId)} data-testid="obstacles-plan">
        {planLabel(plan.data, t)}
      </Link>
      <Typography.Title level={3} style={{ margin: '4px 0 12px' }}>
        {t('reports.obstaclesBoard')}
      </Typography.Title>
      <ObstacleBoard
        planId={planId}
        initialPeriodId={periodId}
        canHandle={canHandle}
        ownUnitIds={ownUnitIds}
        owners={owners}
      />
    </>
  );
}

/** "/plans/:planId/obstacles": difficulties raised in the plan's reports, and their handling. */
export function ObstaclesRoute() {
  const planId = Number(useParams().planId);
  const [search] = useSearchParams();
  if (!Number.isSafeInteger(planId) || planId <= 0) return <LazyNotFoundRoute />;
  const periodId = Number(search.get('periodId'));
  return (
    <ObstaclesPage
      key={`${planId}-${search.get('periodId') ?? ''}`}
      planId={planId}
      periodId={Number.isSafeInteger(periodId) && periodId > 0 ? periodId : undefined}
    />
  );
}
