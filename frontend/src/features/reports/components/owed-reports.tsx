import { Empty, Flex, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { paths } from '@/config/paths';
import type { Period, ReportSummary } from '@/types/api';
import { formatDate } from '@/utils/format';
import { useReportsOfPeriods } from '../api/get-period-reports';
import { usePeriodsOfPlans } from '../api/get-periods';
import { isPeriodOpen } from '../utils/report-rules';
import { LateTag, ReportStatusTag } from './report-status-tag';

interface Owed {
  period: Period;
  report: ReportSummary;
  open: boolean;
}

/** Open periods first (soonest due first), then the others, latest first. */
function byUrgency(a: Owed, b: Owed): number {
  if (a.open !== b.open) return a.open ? -1 : 1;
  const due = a.period.dueDate.localeCompare(b.period.dueDate);
  return a.open ? due : -due;
}

export interface OwedReportsProps {
  unitId: number;
  planIds: number[];
}

/**
 * "Báo cáo phải nộp": the unit's report in each period of the plans; the API lists only the
 * officer's own units' reports, and the unit's are picked from those.
 */
export function OwedReports({ unitId, planIds }: OwedReportsProps) {
  const { t } = useTranslation();
  const periodQueries = usePeriodsOfPlans(planIds);
  const periods = periodQueries.flatMap((q) => q.data?.items ?? []);
  const reportQueries = useReportsOfPeriods(periods.map((p) => p.id));

  const failed = [...periodQueries, ...reportQueries].find((q) => q.isError);
  if (failed) return <ErrorAlert error={failed.error} onRetry={() => void failed.refetch()} />;
  if (periodQueries.some((q) => q.isPending) || reportQueries.some((q) => q.isPending))
    return <Skeleton active paragraph={{ rows: 2 }} />;

  const owed: Owed[] = periods
    .flatMap((period, i) =>
      (reportQueries[i]?.data?.items ?? [])
        .filter((report) => report.unit.id === unitId)
        .map((report) => ({ period, report, open: isPeriodOpen(period) })),
    )
    .sort(byUrgency);
  if (owed.length === 0) return <Empty description={t('reports.noOwed')} />;
  return (
    <ul className="plain-list" data-testid="owed-reports">
      {owed.map(({ period, report, open }) => (
        <li key={report.id} data-testid={`owed-report-${report.id}`}>
          <Flex gap={8} wrap align="center">
            <Link to={paths.report.getHref(report.id)}>
              <Typography.Text strong>{period.title}</Typography.Text>
            </Link>
            {open && <Tag color="green">{t('reports.openNow')}</Tag>}
            <ReportStatusTag status={report.status} />
            {report.late && <LateTag />}
          </Flex>
          <Typography.Text type="secondary">
            {t('reports.dueOn', { date: formatDate(period.dueDate) })}
          </Typography.Text>
        </li>
      ))}
    </ul>
  );
}
