import { useQuery } from '@tanstack/react-query';
import { Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { useCurrentUser } from '@/features/auth/hooks/use-current-user';
import { HistoryButton } from '@/features/history/components/history-button';
import { useHistoryDrawer } from '@/features/history/hooks/use-history-drawer';
import { ReportIndicators } from '@/features/indicators/components/report-indicators';
import { valueAccess } from '@/features/indicators/utils/indicator-rules';
import { getPlanQueryOptions } from '@/features/plans/api/get-plan';
import { usePeriod } from '@/features/reports/api/get-period';
import { useReport } from '@/features/reports/api/get-report';
import { ReportEntries } from '@/features/reports/components/report-entries';
import { ReportForm } from '@/features/reports/components/report-form';
import { ReportHeader } from '@/features/reports/components/report-header';
import { canEditReport } from '@/features/reports/utils/report-rules';
import type { Report } from '@/types/api';
import { LazyNotFoundRoute } from './not-found-lazy';

/**
 * An annual report's "Số liệu chỉ tiêu năm YYYY" (the year its window ends in), editable with the
 * report by those who may give the figures.
 */
function AnnualFigures({ report, editable }: { report: Report; editable: boolean }) {
  const user = useCurrentUser();
  const period = usePeriod(report.periodId);
  const annual = period.data?.kind === 'ANNUAL';
  const planId = period.data?.planId ?? 0;
  // The plan names the coordinating office, whose coordinators may correct any figure.
  const plan = useQuery({ ...getPlanQueryOptions(planId), enabled: annual && editable });
  if (!annual || !period.data) return null;
  const coordinatorId = plan.data?.coordinator?.id;
  return (
    <ReportIndicators
      planId={planId}
      year={Number(period.data.windowEnd.slice(0, 4))}
      unit={report.unit}
      accessFor={
        editable && plan.data
          ? (indicator, areaId) => valueAccess(user, indicator, areaId, coordinatorId)
          : undefined
      }
    />
  );
}

function ReportPage({ reportId }: { reportId: number }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const report = useReport(reportId);
  const history = useHistoryDrawer();
  if (report.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (report.isError)
    return <ErrorAlert error={report.error} onRetry={() => void report.refetch()} />;
  const r = report.data;
  const name = t('reports.historyName', { unit: r.unit.name, period: r.periodTitle });
  return (
    <>
      <title>{`${name} – ${t('app.title')}`}</title>
      <ReportHeader
        report={r}
        actions={
          <HistoryButton
            testId="report-history"
            onClick={() => history.open({ type: 'report', id: reportId }, name)}
          />
        }
      />
      <Typography.Title level={4}>{t('reports.entries')}</Typography.Title>
      {canEditReport(user, r) ? (
        <ReportForm report={r} onReload={() => void report.refetch()} />
      ) : (
        <ReportEntries reportId={r.id} entries={r.entries} />
      )}
      <AnnualFigures report={r} editable={canEditReport(user, r)} />
      {history.drawer}
    </>
  );
}

/** "/reports/:reportId": a unit's report; its officer edits and submits it. */
export function ReportRoute() {
  const reportId = Number(useParams().reportId);
  if (!Number.isSafeInteger(reportId) || reportId <= 0) return <LazyNotFoundRoute />;
  return <ReportPage key={reportId} reportId={reportId} />;
}
