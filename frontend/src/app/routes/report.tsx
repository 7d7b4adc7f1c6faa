import { Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { useCurrentUser } from '@/features/auth/hooks/use-current-user';
import { HistoryButton } from '@/features/history/components/history-button';
import { useHistoryDrawer } from '@/features/history/hooks/use-history-drawer';
import { useReport } from '@/features/reports/api/get-report';
import { ReportEntries } from '@/features/reports/components/report-entries';
import { ReportForm } from '@/features/reports/components/report-form';
import { ReportHeader } from '@/features/reports/components/report-header';
import { canEditReport } from '@/features/reports/utils/report-rules';
import { LazyNotFoundRoute } from './not-found-lazy';

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
