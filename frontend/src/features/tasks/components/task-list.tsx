import { Empty, Flex, Pagination, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { RoleTag } from '@/components/ui/role-tag';
import type { TaskRow } from '@/types/api';
import { AssignmentDetails } from './assignment-details';
import type { TaskActions } from './task-tree';

const { Paragraph, Text } = Typography;

export interface TaskListProps {
  rows: TaskRow[];
  total: number;
  page: number;
  pageSize: number;
  onPageChange?: (page: number) => void;
  loading?: boolean;
  actions?: TaskActions;
}

/** The flat, filtered list of actionable tasks, in document order. */
export function TaskList({
  rows,
  total,
  page,
  pageSize,
  onPageChange,
  loading,
  actions,
}: TaskListProps) {
  const { t } = useTranslation();
  return (
    <div data-testid="task-list" aria-busy={loading || undefined}>
      <Text type="secondary" data-testid="task-count">
        {t('tasks.results', { count: total })}
      </Text>
      {rows.length === 0 ? (
        <Empty description={t('tasks.noResults')} />
      ) : (
        <ul className="plain-list">
          {rows.map((row) => (
            <li key={row.id} data-testid={`task-row-${row.code}`} data-task-id={row.id}>
              <Flex gap={8} align="baseline" wrap>
                <Tag className="task-code">{row.code}</Tag>
                {row.roles.map((role) => (
                  <RoleTag
                    key={`${role.role}-${role.viaGroup?.id ?? 0}-${role.carriedFor?.id ?? 0}`}
                    role={role.role}
                    viaGroup={role.viaGroup}
                    carriedFor={role.carriedFor}
                  />
                ))}
                <span style={{ marginInlineStart: 'auto' }}>{actions?.(row)}</span>
              </Flex>
              <Paragraph style={{ margin: '8px 0' }}>{row.text}</Paragraph>
              {row.assignment ? (
                <AssignmentDetails block={row.assignment} />
              ) : (
                <Text type="secondary">{t('tasks.noAssignment')}</Text>
              )}
            </li>
          ))}
        </ul>
      )}
      {total > pageSize && onPageChange && (
        <Pagination
          current={page + 1}
          pageSize={pageSize}
          total={total}
          showSizeChanger={false}
          onChange={(p) => onPageChange(p - 1)}
          style={{ marginTop: 16, textAlign: 'center' }}
        />
      )}
    </div>
  );
}
