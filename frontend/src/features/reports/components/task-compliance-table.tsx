import { Card, Progress, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import { TASK_COMPLIANCE_PAGE_SIZE } from '@/config/query';
import type { TaskCompliance } from '@/types/api';
import { useTaskCompliance } from '../api/get-task-compliance';
import { COMPLIANCE_FIGURES } from './compliance-summary';

/** "Tình hình nộp theo nhiệm vụ": each task's figures, rows with missing reports highlighted. */
export function TaskComplianceTable({ periodId }: { periodId: number }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(0);
  const tasks = useTaskCompliance(periodId, page);
  const columns: TableColumnsType<TaskCompliance> = [
    {
      title: t('reports.task'),
      dataIndex: 'taskCode',
      render: (code: string) => (
        <Typography.Text strong className="task-code">
          {code}
        </Typography.Text>
      ),
    },
    ...COMPLIANCE_FIGURES.map((key) => ({
      key,
      title: t(`reports.compliance.${key}`),
      align: 'right' as const,
      render: (_: unknown, row: TaskCompliance) => (
        <span data-testid={`task-compliance-${key}`}>{row.compliance[key]}</span>
      ),
    })),
    {
      key: 'share',
      title: t('reports.submittedShare'),
      width: 120,
      render: (_, { compliance: c }) => (
        <Progress
          size="small"
          percent={c.expected > 0 ? Math.round((100 * c.submitted) / c.expected) : 0}
          format={() => `${c.submitted}/${c.expected}`}
          status="normal"
        />
      ),
    },
  ];
  return (
    <Card
      size="small"
      title={t('reports.taskCompliance')}
      style={{ marginTop: 16 }}
      data-testid="task-compliance"
    >
      {tasks.isError ? (
        <ErrorAlert error={tasks.error} onRetry={() => void tasks.refetch()} />
      ) : (
        <Table<TaskCompliance>
          size="small"
          rowKey="taskId"
          loading={tasks.isFetching}
          columns={columns}
          dataSource={tasks.data?.items ?? []}
          pagination={{
            current: page + 1,
            pageSize: TASK_COMPLIANCE_PAGE_SIZE,
            total: tasks.data?.totalItems ?? 0,
            showSizeChanger: false,
            hideOnSinglePage: true,
            size: 'small',
            onChange: (p) => setPage(p - 1),
          }}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('reports.noTaskCompliance') }}
          rowClassName={(row) => (row.compliance.missing > 0 ? 'task-compliance-missing' : '')}
          onRow={(row) => ({ 'data-testid': `task-compliance-row-${row.taskCode}` }) as object}
        />
      )}
    </Card>
  );
}
