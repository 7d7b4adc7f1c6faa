import { ClockCircleOutlined } from '@ant-design/icons';
import { Card, Flex, Pagination, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import { UnitLink } from '@/components/ui/party-link';
import { OVERDUE_TASK_PAGE_SIZE } from '@/config/query';
import type { OverdueTask } from '@/types/api';
import { formatDate } from '@/utils/format';
import { useOverdueTasks } from '../api/get-overdue-tasks';

const { Text } = Typography;

function OverdueTaskRow({ task }: { task: OverdueTask }) {
  const { t } = useTranslation();
  return (
    <li data-testid={`overdue-task-${task.taskCode}`}>
      <Flex gap={8} wrap align="baseline">
        <Text strong>{task.taskCode}</Text>
        <Text ellipsis={{ tooltip: task.taskText }} style={{ maxWidth: '40em' }}>
          {task.taskText}
        </Text>
      </Flex>
      <Flex gap={16} wrap style={{ marginTop: 4 }}>
        <Text>{t('tasks.due', { date: formatDate(task.dueDate) })}</Text>
        <Text type="danger" data-testid="days-overdue">
          {t('tasks.daysOverdue', { count: task.daysOverdue })}
        </Text>
        {task.lead ? <UnitLink unit={task.lead} short /> : <Text>{t('tasks.noLead')}</Text>}
        <Text type="secondary" data-testid="lead-progress">
          {task.leadProgress
            ? t(`reports.progressValue.${task.leadProgress}`)
            : t('tasks.notReported')}
        </Text>
      </Flex>
    </li>
  );
}

/** "Nhiệm vụ quá hạn" on the plan page: past their due date and not reported done; hidden when none. */
export function OverdueTasks({ planId }: { planId: number }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(0);
  const overdue = useOverdueTasks(planId, page);
  if (overdue.isPending) return null;
  if (!overdue.isError && overdue.data.totalItems === 0) return null;
  return (
    <Card
      size="small"
      style={{ marginBottom: 16 }}
      title={
        <span>
          <ClockCircleOutlined /> {t('tasks.overdueTitle')}
        </span>
      }
      data-testid="overdue-tasks"
    >
      {overdue.isError ? (
        <ErrorAlert error={overdue.error} onRetry={() => void overdue.refetch()} />
      ) : (
        <>
          <ul className="plain-list">
            {overdue.data.items.map((task) => (
              <OverdueTaskRow key={task.taskId} task={task} />
            ))}
          </ul>
          {overdue.data.totalPages > 1 && (
            <Pagination
              size="small"
              current={page + 1}
              pageSize={OVERDUE_TASK_PAGE_SIZE}
              total={overdue.data.totalItems}
              showSizeChanger={false}
              onChange={(p) => setPage(p - 1)}
              style={{ marginTop: 8 }}
            />
          )}
        </>
      )}
    </Card>
  );
}
