import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TargetStatus } from '@/types/api';

const COLORS: Record<TargetStatus, string> = {
  ON_TRACK: 'green',
  AT_RISK: 'orange',
  OFF_TRACK: 'red',
};

/** "Đúng lộ trình" (green), "Có nguy cơ" (orange), "Chậm so với lộ trình" (red). */
export function TargetStatusTag({ status }: { status: TargetStatus | null }) {
  const { t } = useTranslation();
  if (!status) return null;
  return (
    <Tag color={COLORS[status]} data-testid={`target-status-${status}`}>
      {t(`indicators.status.${status}`)}
    </Tag>
  );
}
