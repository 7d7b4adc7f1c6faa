import { Alert, Button, Flex, Popconfirm, Select, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { paths } from '@/config/paths';
import { REPORT_STATUSES, type ReportStatus, type ReportSummary } from '@/types/api';
import { formatDateTime } from '@/utils/format';
import { useAcceptReport } from '../api/accept-report';
import { useAcceptReports } from '../api/accept-reports';
import { usePeriodReports } from '../api/get-period-reports';
import { LateTag, ReportStatusTag } from './report-status-tag';
import { ReturnReportDialog } from './return-report-dialog';

interface Notice {
  success?: string;
  error?: unknown;
}

function ReviewActions({
  report,
  onReturn,
  onNotice,
}: {
  report: ReportSummary;
  onReturn: (report: ReportSummary) => void;
  onNotice: (notice: Notice) => void;
}) {
  const { t } = useTranslation();
  const accept = useAcceptReport();
  return (
    <Flex gap={4} wrap>
      <Popconfirm
        title={t('reports.acceptConfirm', { unit: report.unit.name })}
        okText={t('reports.accept')}
        okButtonProps={{ loading: accept.isPending }}
        cancelText={t('common.cancel')}
        onConfirm={() =>
          accept
            .mutateAsync({ id: report.id, version: report.version })
            .then(() => onNotice({ success: t('reports.accepted') }))
            .catch((error: unknown) => onNotice({ error }))
        }
      >
        <Button size="small" type="primary" data-testid={`accept-${report.id}`}>
          {t('reports.accept')}
        </Button>
      </Popconfirm>
      <Button
        size="small"
        danger
        onClick={() => onReturn(report)}
        data-testid={`return-${report.id}`}
      >
        {t('reports.return')}
      </Button>
    </Flex>
  );
}

export interface ReportTableProps {
  periodId: number;
  /** Shows Accept and Return on submitted reports (administrators and the plan's coordinators). */
  canReview: boolean;
}

/** A period's unit reports, filterable by status. */
export function ReportTable({ periodId, canReview }: ReportTableProps) {
  const { t } = useTranslation();
  const [notice, setNotice] = useState<Notice>();
  const [status, setStatus] = useState<ReportStatus>();
  const [returning, setReturning] = useState<ReportSummary>();
  const reports = usePeriodReports(periodId, status);
  const acceptMany = useAcceptReports(periodId);
  const [selected, setSelected] = useState<number[]>([]);
  const rows = reports.data?.items ?? [];
  // Only what is still listed as submitted counts, so a filter or a refetch cannot leave a
  // hidden or already reviewed report selected.
  const chosen = rows.filter((r) => r.status === 'SUBMITTED' && selected.includes(r.id));
  const acceptSelected = () =>
    acceptMany
      .mutateAsync({ reports: chosen.map(({ id, version }) => ({ id, version })) })
      .then(({ accepted }) => {
        setSelected([]);
        setNotice({ success: t('reports.acceptedMany', { count: accepted.length }) });
      })
      .catch((error: unknown) => setNotice({ error }));

  const columns: TableColumnsType<ReportSummary> = [
    {
      key: 'unit',
      title: t('reports.unit'),
      render: (_, r) => (
        <Link to={paths.report.getHref(r.id)} data-testid={`open-report-${r.id}`}>
          {r.unit.name}
        </Link>
      ),
    },
    {
      key: 'status',
      title: t('reports.reportStatus'),
      render: (_, r) => (
        <Flex gap={4} wrap>
          <ReportStatusTag status={r.status} />
          {r.late && <LateTag />}
        </Flex>
      ),
    },
    {
      key: 'submittedAt',
      title: t('reports.submittedAt'),
      render: (_, r) => formatDateTime(r.submittedAt),
    },
  ];
  if (canReview)
    columns.push({
      key: 'actions',
      title: t('reports.actions'),
      render: (_, r) =>
        r.status === 'SUBMITTED' ? (
          <ReviewActions report={r} onReturn={setReturning} onNotice={setNotice} />
        ) : null,
    });

  return (
    <>
      {notice?.success && (
        <Alert
          type="success"
          showIcon
          closable
          title={notice.success}
          style={{ marginBottom: 12 }}
          data-testid="review-notice"
        />
      )}
      {notice?.error !== undefined && (
        <div style={{ marginBottom: 12 }}>
          <ErrorAlert error={notice.error} />
        </div>
      )}
      <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
        <Select<ReportStatus>
          allowClear
          value={status}
          onChange={setStatus}
          placeholder={t('reports.allStatuses')}
          style={{ minWidth: 200 }}
          data-testid="report-status-filter"
          options={REPORT_STATUSES.map((value) => ({
            value,
            label: t(`reports.status.${value}`),
          }))}
        />
        {canReview && (
          <Popconfirm
            title={t('reports.acceptSelectedConfirm', { count: chosen.length })}
            okText={t('reports.accept')}
            cancelText={t('common.cancel')}
            onConfirm={acceptSelected}
            disabled={chosen.length === 0}
          >
            <Button
              type="primary"
              disabled={chosen.length === 0}
              loading={acceptMany.isPending}
              data-testid="accept-selected"
            >
              {t('reports.acceptSelected')}
              {chosen.length > 0 && ` (${chosen.length})`}
            </Button>
          </Popconfirm>
        )}
      </Flex>
      {reports.isError ? (
        <ErrorAlert error={reports.error} onRetry={() => void reports.refetch()} />
      ) : (
        <Table<ReportSummary>
          size="small"
          rowKey="id"
          loading={reports.isFetching}
          columns={columns}
          dataSource={rows}
          rowSelection={
            canReview
              ? {
                  selectedRowKeys: chosen.map((r) => r.id),
                  onChange: (keys) => setSelected(keys.map(Number)),
                  getCheckboxProps: (r) => ({
                    disabled: r.status !== 'SUBMITTED',
                    'aria-label': r.unit.name,
                  }),
                }
              : undefined
          }
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('reports.noReports') }}
          onRow={(r) => ({ 'data-testid': `report-row-${r.id}` }) as object}
        />
      )}
      {returning && (
        <ReturnReportDialog
          report={returning}
          onClose={() => setReturning(undefined)}
          onDone={() => {
            setReturning(undefined);
            setNotice({ success: t('reports.returned') });
          }}
        />
      )}
    </>
  );
}
