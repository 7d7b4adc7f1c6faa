import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { paths } from '@/config/paths';
import { useCurrentUser } from '@/features/auth/hooks/use-current-user';
import { getPlanQueryOptions } from '@/features/plans/api/get-plan';
import { useCompileConsolidated } from '@/features/reports/api/compile-consolidated';
import { useConsolidated } from '@/features/reports/api/get-consolidated';
import { usePeriod } from '@/features/reports/api/get-period';
import {
  ConsolidatedDocument,
  ConsolidatedDownloads,
  ConsolidatedFacts,
} from '@/features/reports/components/consolidated-document';
import { ConsolidatedEditor } from '@/features/reports/components/consolidated-editor';
import { canManageReporting } from '@/features/reports/utils/report-rules';
import { LazyNotFoundRoute } from './not-found-lazy';

/** No report yet: what it is, and "Tổng hợp báo cáo" for the plan's coordinator or an admin. */
function NotCompiled({ periodId, canManage }: { periodId: number; canManage: boolean }) {
  const { t } = useTranslation();
  const compile = useCompileConsolidated(periodId);
  return (
    <Flex vertical gap={12} align="flex-start" data-testid="consolidated-empty">
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('consolidated.none')}
      </Typography.Paragraph>
      {compile.isError && <ErrorAlert error={compile.error} />}
      {canManage && (
        <Button
          type="primary"
          loading={compile.isPending}
          onClick={() => compile.mutate()}
          data-testid="compile-consolidated"
        >
          {t('consolidated.compile')}
        </Button>
      )}
    </Flex>
  );
}

function ConsolidatedPage({ periodId }: { periodId: number }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const period = usePeriod(periodId);
  const planId = period.data?.planId;
  // The plan names the coordinating office, whose coordinators compile and issue the report.
  const plan = useQuery({ ...getPlanQueryOptions(planId ?? 0), enabled: planId !== undefined });
  const report = useConsolidated(periodId);
  if (period.isPending || report.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (period.isError)
    return <ErrorAlert error={period.error} onRetry={() => void period.refetch()} />;
  if (report.isError)
    return <ErrorAlert error={report.error} onRetry={() => void report.refetch()} />;
  const p = period.data;
  const r = report.data;
  const canManage = Boolean(plan.data) && canManageReporting(user, plan.data?.coordinator?.id);
  return (
    <>
      <title>{`${t('consolidated.heading')} – ${p.title} – ${t('app.title')}`}</title>
      <Link to={paths.period.getHref(p.id)} data-testid="consolidated-period">
        {p.title}
      </Link>
      <Flex gap={8} wrap align="center" justify="space-between" style={{ margin: '4px 0 8px' }}>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="consolidated-heading">
          {t('consolidated.heading')} – {p.title}
        </Typography.Title>
        {r && <ConsolidatedDownloads periodId={periodId} />}
      </Flex>
      {!r ? (
        <NotCompiled periodId={periodId} canManage={canManage} />
      ) : (
        <>
          <ConsolidatedFacts report={r} />
          {r.status === 'DRAFT' && canManage ? (
            <ConsolidatedEditor key={r.id} report={r} onReload={() => void report.refetch()} />
          ) : (
            <>
              {r.status === 'DRAFT' && (
                <Alert
                  type="info"
                  showIcon
                  title={t('consolidated.status.DRAFT')}
                  style={{ marginBottom: 12 }}
                />
              )}
              <ConsolidatedDocument report={r} />
            </>
          )}
        </>
      )}
    </>
  );
}

/** "/periods/:periodId/consolidated": the period's consolidated report, compiled and issued. */
export function ConsolidatedRoute() {
  const periodId = Number(useParams().periodId);
  if (!Number.isSafeInteger(periodId) || periodId <= 0) return <LazyNotFoundRoute />;
  return <ConsolidatedPage key={periodId} periodId={periodId} />;
}
