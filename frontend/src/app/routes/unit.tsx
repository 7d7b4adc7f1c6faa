import { Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { useCurrentUser } from '@/features/auth/hooks/use-current-user';
import { HistoryButton } from '@/features/history/components/history-button';
import { useHistoryDrawer } from '@/features/history/hooks/use-history-drawer';
import { UnitLineageCard } from '@/features/org-changes/components/unit-lineage';
import { usePlans } from '@/features/plans/api/get-plans';
import { planLabel } from '@/features/plans/utils/plan-text';
import { OwedReports } from '@/features/reports/components/owed-reports';
import { useUnit } from '@/features/units/api/get-unit';
import { useUnitObligations } from '@/features/units/api/get-unit-obligations';
import { UnitHeader } from '@/features/units/components/unit-header';
import { UnitObligations } from '@/features/units/components/unit-obligations';
import { LazyNotFoundRoute } from './not-found-lazy';

function UnitPage({ unitId }: { unitId: number }) {
  const { t } = useTranslation();
  const unit = useUnit(unitId);
  const obligations = useUnitObligations({ unitId });
  const plans = usePlans({ size: 200 });
  const history = useHistoryDrawer();
  const user = useCurrentUser();
  const ownUnit = user.role === 'UNIT_OFFICER' && user.units.some((u) => u.id === unitId);

  const planLabels = (plans.data?.items ?? []).map((p) => ({
    id: p.id,
    label: `${planLabel(p, t)}: ${p.title}`,
  }));

  return (
    <>
      {unit.isPending ? (
        <Skeleton active title paragraph={{ rows: 1 }} />
      ) : unit.isError ? (
        <ErrorAlert error={unit.error} onRetry={() => void unit.refetch()} />
      ) : (
        <>
          <title>{`${unit.data.name} – ${t('app.title')}`}</title>
          <UnitHeader
            unit={unit.data}
            actions={
              <HistoryButton
                testId="unit-history"
                onClick={() => history.open({ type: 'unit', id: unitId }, unit.data.name)}
              />
            }
          />
          <UnitLineageCard unitId={unitId} />
        </>
      )}
      {ownUnit && (
        <section data-testid="owed-section" style={{ marginBottom: 16 }}>
          <Typography.Title level={4}>{t('reports.owed')}</Typography.Title>
          {plans.isPending ? (
            <Skeleton active paragraph={{ rows: 2 }} />
          ) : plans.isError ? (
            <ErrorAlert error={plans.error} onRetry={() => void plans.refetch()} />
          ) : (
            <OwedReports unitId={unitId} planIds={plans.data.items.map((p) => p.id)} />
          )}
        </section>
      )}
      <Typography.Title level={4}>{t('units.obligations')}</Typography.Title>
      {obligations.isPending ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : obligations.isError ? (
        <ErrorAlert error={obligations.error} onRetry={() => void obligations.refetch()} />
      ) : (
        <UnitObligations
          unitId={unitId}
          obligations={obligations.data.items}
          plans={planLabels}
          taskActions={(task) => (
            <HistoryButton taskCode={task.code} onClick={() => history.openTask(task)} />
          )}
        />
      )}
      {history.drawer}
    </>
  );
}

/** "/units/:unitId": "Nhiệm vụ của đơn vị", what the unit owes in each plan; for its
 * own officer first "Báo cáo phải nộp", its reports in the plans' periods. */
export function UnitRoute() {
  const unitId = Number(useParams().unitId);
  if (!Number.isSafeInteger(unitId) || unitId <= 0) return <LazyNotFoundRoute />;
  return <UnitPage key={unitId} unitId={unitId} />;
}
