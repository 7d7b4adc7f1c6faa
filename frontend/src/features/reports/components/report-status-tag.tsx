import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportStatus } from '@/types/api';

const COLORS: Record<ReportStatus, string> = {
  DRAFT: 'default',
  SUBMITTED: 'blue',
  RETURNED: 'orange',
  ACCEPTED: 'green',
};

/** "Chưa nộp", "Đã nộp", "Bị trả lại", "Đã tiếp nhận". */
export function ReportStatusTag({ status }: { status: ReportStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status]} data-testid="report-status">
      {t(`reports.status.${status}`)}
    </Tag>
  );
}

/** "Trễ hạn", for a report submitted after its due date. */
export function LateTag() {
  const { t } = useTranslation();
  return (
    <Tag color="red" data-testid="report-late">
      {t('reports.late')}
    </Tag>
  );
}
