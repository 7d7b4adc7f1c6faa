import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlanStatus } from '@/types/api';

const COLORS: Record<PlanStatus, string> = { DRAFT: 'default', ISSUED: 'green', ENDED: 'purple' };

export function PlanStatusTag({ status }: { status: PlanStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status]} data-testid="plan-status">
      {t(`plan.status.${status}`)}
    </Tag>
  );
}
