import { Alert, Descriptions, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import type { Report } from '@/types/api';
import { formatDate, formatDateTime } from '@/utils/format';
import { LateTag, ReportStatusTag } from './report-status-tag';

export interface ReportHeaderProps {
  report: Report;
  actions?: ReactNode;
}

/** The unit, period, due date and status of a report; the return reason when it came back. */
export function ReportHeader({ report, actions }: ReportHeaderProps) {
  const { t } = useTranslation();
  return (
    <div style={{ marginBottom: 16 }}>
      <Flex gap={8} wrap align="center" justify="space-between">
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="report-unit">
          {t('reports.reportOf', { unit: report.unit.name })}
        </Typography.Title>
        {actions}
      </Flex>
      <Descriptions size="small" column={{ xs: 1, sm: 2 }} style={{ marginTop: 8 }}>
        <Descriptions.Item label={t('reports.period')}>
          <Link to={paths.period.getHref(report.periodId)} data-testid="report-period">
            {report.periodTitle}
          </Link>
        </Descriptions.Item>
        <Descriptions.Item label={t('reports.dueDate')}>
          <span data-testid="report-due">{formatDate(report.dueDate)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('reports.reportStatus')}>
          <Flex gap={4} wrap>
            <ReportStatusTag status={report.status} />
            {report.late && <LateTag />}
          </Flex>
        </Descriptions.Item>
        {report.submittedAt && (
          <Descriptions.Item label={t('reports.submittedAt')}>
            {formatDateTime(report.submittedAt)}
          </Descriptions.Item>
        )}
      </Descriptions>
      {report.status === 'RETURNED' && report.returnReason && (
        <Alert
          type="warning"
          showIcon
          title={t('reports.returnedBanner')}
          description={
            <span style={{ whiteSpace: 'pre-wrap' }} data-testid="return-reason-text">
              {report.returnReason}
            </span>
          }
          style={{ marginTop: 12 }}
          data-testid="return-reason-banner"
        />
      )}
    </div>
  );
}
