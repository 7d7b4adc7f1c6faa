import { FileTextOutlined, LineChartOutlined, WarningOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Flex, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { paths } from '@/config/paths';
import { useCurrentUser } from '@/features/auth/hooks/use-current-user';
import { getPlanQueryOptions } from '@/features/plans/api/get-plan';
import { planLabel } from '@/features/plans/utils/plan-text';
import { usePeriod } from '@/features/reports/api/get-period';
import { ComplianceFigures } from '@/features/reports/components/compliance-summary';
import { ReportTable } from '@/features/reports/components/report-table';
import { TaskComplianceTable } from '@/features/reports/components/task-compliance-table';
import { canManageReporting } from '@/features/reports/utils/report-rules';
import { formatDate } from '@/utils/format';
import { LazyNotFoundRoute } from './not-found-lazy';

function PeriodPage({ periodId }: { periodId: number }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const period = usePeriod(periodId);
  const planId = period.data?.planId;
  // The plan names the coordinating office, whose coordinators review the reports.
  const plan = useQuery({ ...getPlanQueryOptions(planId ?? 0), enabled: planId !== undefined });
  if (period.isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (period.isError)
    return <ErrorAlert error={period.error} onRetry={() => void period.refetch()} />;
  const p = period.data;
  return (
    <>
      <title>{`${p.title} – ${t('app.title')}`}</title>
      {plan.data && (
        <Link to={paths.plan.getHref(p.planId)} data-testid="period-plan">
          {planLabel(plan.data, t)}
        </Link>
      )}
      <Flex gap={8} wrap align="center" style={{ margin: '4px 0 8px' }}>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="period-title">
          {p.title}
        </Typography.Title>
        <Tag>{t(`reports.kind.${p.kind}`)}</Tag>
        {p.canReadConsolidatedReport && (
          <Button
            icon={<FileTextOutlined />}
            onClick={() => void navigate(paths.consolidated.getHref(p.id))}
            style={{ marginLeft: 'auto' }}
            data-testid="period-consolidated"
          >
            {t('consolidated.open')}
          </Button>
        )}
      </Flex>
      <Flex gap={16} wrap style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">
          {t('reports.window')}:{' '}
          {t('reports.windowRange', {
            start: formatDate(p.windowStart),
            end: formatDate(p.windowEnd),
          })}
        </Typography.Text>
        <Typography.Text type="secondary" data-testid="period-due">
          {t('reports.dueOn', { date: formatDate(p.dueDate) })}
        </Typography.Text>
        <Typography.Text type="secondary" data-testid="period-scope">
          {p.taskIds.length === 0 && p.unitIds.length === 0
            ? t('reports.scopeWholePlan')
            : t('reports.scope', {
                tasks:
                  p.taskIds.length > 0
                    ? t('reports.scopeTaskCount', { count: p.taskIds.length })
                    : t('reports.scopeAllTasks'),
                units:
                  p.unitIds.length > 0
                    ? t('reports.scopeUnitCount', { count: p.unitIds.length })
                    : t('reports.scopeAllUnits'),
              })}
        </Typography.Text>
        <Link to={paths.planObstacles.getHref(p.planId, p.id)} data-testid="period-obstacles-link">
          <WarningOutlined /> {t('reports.viewObstacles')}
        </Link>
        <Link to={paths.planIndicators.getHref(p.planId)} data-testid="period-indicators-link">
          <LineChartOutlined /> {t('indicators.open')}
        </Link>
      </Flex>
      <ComplianceFigures compliance={p.compliance} />
      <TaskComplianceTable periodId={periodId} />
      <Typography.Title level={4} style={{ marginTop: 16 }}>
        {t('reports.unitReports')}
      </Typography.Title>
      <ReportTable
        periodId={periodId}
        canReview={Boolean(plan.data) && canManageReporting(user, plan.data?.coordinator?.id)}
      />
    </>
  );
}

/** "/periods/:periodId": a period's compliance and its unit reports, with review actions. */
export function PeriodRoute() {
  const periodId = Number(useParams().periodId);
  if (!Number.isSafeInteger(periodId) || periodId <= 0) return <LazyNotFoundRoute />;
  return <PeriodPage key={periodId} periodId={periodId} />;
}
