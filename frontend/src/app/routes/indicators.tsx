import { Empty, Skeleton, Tabs, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { paths } from '@/config/paths';
import { useCurrentUser } from '@/features/auth/hooks/use-current-user';
import { HistoryButton } from '@/features/history/components/history-button';
import { useHistoryDrawer } from '@/features/history/hooks/use-history-drawer';
import { useIndicators } from '@/features/indicators/api/get-indicators';
import { IndicatorPanel } from '@/features/indicators/components/indicator-panel';
import {
  canEditIndicator,
  valueAccess,
  type AccessFor,
  type UnitChoices,
} from '@/features/indicators/utils/indicator-rules';
import { usePlan } from '@/features/plans/api/get-plan';
import { planLabel } from '@/features/plans/utils/plan-text';
import { useUnitTree } from '@/features/units/api/get-unit-tree';
import { pickerOptions } from '@/features/units/utils/unit-options';
import { LazyNotFoundRoute } from './not-found-lazy';

function IndicatorsPage({ planId }: { planId: number }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const plan = usePlan(planId);
  const indicators = useIndicators(planId);
  const history = useHistoryDrawer();
  const [search, setSearch] = useSearchParams();
  const tree = useUnitTree();
  const choices = useMemo((): UnitChoices | undefined => {
    if (!tree.data) return undefined;
    const { units, groups } = pickerOptions(tree.data);
    return { units: units.map(({ id, name }) => ({ id, name })), groups };
  }, [tree.data]);
  if (plan.isPending || indicators.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (plan.isError) return <ErrorAlert error={plan.error} onRetry={() => void plan.refetch()} />;
  if (indicators.isError)
    return <ErrorAlert error={indicators.error} onRetry={() => void indicators.refetch()} />;
  const coordinatorId = plan.data.coordinator?.id;
  const canEdit = canEditIndicator(user, coordinatorId);
  const accessFor: AccessFor = (indicator, areaId) =>
    valueAccess(user, indicator, areaId, coordinatorId);
  const items = indicators.data.items;
  const chosen = Number(search.get('indicator'));
  const active = items.some((i) => i.id === chosen) ? chosen : items[0]?.id;
  return (
    <>
      <title>{`${t('indicators.heading')} – ${planLabel(plan.data, t)} – ${t('app.title')}`}</title>
      <Link to={paths.plan.getHref(planId)} data-testid="indicators-plan">
        {planLabel(plan.data, t)}
      </Link>
      <Typography.Title level={3} style={{ margin: '4px 0 12px' }} data-testid="indicators-heading">
        {t('indicators.heading')}
      </Typography.Title>
      {items.length === 0 ? (
        <Empty description={t('indicators.none')} />
      ) : (
        <Tabs
          activeKey={String(active)}
          onChange={(key) => setSearch({ indicator: key }, { replace: true })}
          data-testid="indicator-tabs"
          items={items.map((indicator) => ({
            key: String(indicator.id),
            label: <span data-testid={`indicator-tab-${indicator.id}`}>{indicator.name}</span>,
            children: (
              <IndicatorPanel
                planId={planId}
                indicator={indicator}
                accessFor={accessFor}
                canEdit={canEdit}
                choices={choices}
                actions={
                  <HistoryButton
                    testId={`indicator-history-${indicator.id}`}
                    onClick={() =>
                      history.open(
                        { type: 'indicator', id: indicator.id },
                        t('indicators.historyName', { name: indicator.name }),
                      )
                    }
                  />
                }
                onValueHistory={(area) =>
                  area.id != null &&
                  history.open(
                    { type: 'indicatorValue', id: area.id },
                    t('indicators.valueHistoryName', { area: area.unit.name, year: area.year }),
                  )
                }
              />
            ),
          }))}
        />
      )}
      {history.drawer}
    </>
  );
}

/** "/plans/:planId/indicators": the plan's targets measured, per area and year. */
export function IndicatorsRoute() {
  const planId = Number(useParams().planId);
  if (!Number.isSafeInteger(planId) || planId <= 0) return <LazyNotFoundRoute />;
  return <IndicatorsPage key={planId} planId={planId} />;
}
