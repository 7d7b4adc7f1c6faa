import { ClockCircleOutlined, SyncOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Timeframe } from '@/types/api';
import { formatDate, isPastDue } from '@/utils/format';

export interface TimeframeBadgeProps {
  timeframe: Timeframe;
  dueDate: string | null;
  /** ISO date taken as today (tests); defaults to the browser's date. */
  today?: string;
}

/** "Thường xuyên" for ongoing tasks, "Hạn dd/MM/yyyy" for due ones, red once past due. */
export function TimeframeBadge({ timeframe, dueDate, today }: TimeframeBadgeProps) {
  const { t } = useTranslation();
  if (timeframe === 'ONGOING') {
    return (
      <Tag color="blue" icon={<SyncOutlined />} data-testid="timeframe-badge" data-state="ongoing">
        {t('tasks.timeframe.ONGOING')}
      </Tag>
    );
  }
  const overdue = isPastDue(dueDate, today);
  const label = dueDate ? t('tasks.due', { date: formatDate(dueDate) }) : t('tasks.timeframe.DUE');
  return (
    <Tag
      color={overdue ? 'red' : 'gold'}
      icon={<ClockCircleOutlined />}
      title={overdue ? t('tasks.overdue') : undefined}
      data-testid="timeframe-badge"
      data-state={overdue ? 'overdue' : 'due'}
    >
      {label}
    </Tag>
  );
}
