import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '@/components/ui/form-dialog';
import type { ReportSummary } from '@/types/api';
import { useReturnReport } from '../api/return-report';

export interface ReturnReportDialogProps {
  report: Pick<ReportSummary, 'id' | 'unit' | 'version'>;
  onDone: () => void;
  onClose: () => void;
}

/** Returns a submitted report to its unit; the reason is required and shown to the unit. */
export function ReturnReportDialog({ report, onDone, onClose }: ReturnReportDialogProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const returnReport = useReturnReport();
  const submit = ({ reason }: { reason: string }) =>
    returnReport.mutate(
      { id: report.id, reason: reason.trim(), version: report.version },
      { onSuccess: onDone },
    );
  return (
    <FormDialog
      title={t('reports.returnTitle', { unit: report.unit.name })}
      submitLabel={t('reports.return')}
      submitTestId="return-submit"
      danger
      submitting={returnReport.isPending}
      error={returnReport.isError ? returnReport.error : null}
      onSubmit={() => form.submit()}
      onClose={onClose}
    >
      <Form form={form} layout="vertical" requiredMark={false} onFinish={submit}>
        <Form.Item
          name="reason"
          label={t('reports.returnReason')}
          extra={t('reports.returnReasonHelp')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input.TextArea rows={4} maxLength={2000} data-testid="return-reason" />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}
