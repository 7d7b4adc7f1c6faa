import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ObstacleStatus } from '@/types/api';

const COLORS: Record<ObstacleStatus, string> = {
  OPEN: 'red',
  BEING_HANDLED: 'gold',
  RESOLVED: 'green',
  ESCALATED: 'purple',
};

/** "Chưa xử lý", "Đang xử lý", "Đã giải quyết", "Đã báo cáo cấp trên". */
export function ObstacleStatusTag({ status }: { status: ObstacleStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status]} data-testid="obstacle-status">
      {t(`reports.obstacleStatus.${status}`)}
    </Tag>
  );
}
