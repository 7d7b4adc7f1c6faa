import { Alert, Button, DatePicker, Form, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import type { Consolidated } from '@/types/api';
import { useFinaliseConsolidated } from '../api/finalise-consolidated';

const ISO = 'YYYY-MM-DD';
const DATE_FORMAT = 'DD/MM/YYYY';

interface Values {
  issuedOn: Dayjs;
}

export interface FinaliseConsolidatedDialogProps {
  report: Consolidated;
  onClose: () => void;
  onFinalised: () => void;
}

/** "Ban hành": the date it is signed (today unless changed); it then takes its number. */
export function FinaliseConsolidatedDialog({
  report,
  onClose,
  onFinalised,
}: FinaliseConsolidatedDialogProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const finalise = useFinaliseConsolidated(report.periodId);

  const submit = (values: Values) =>
    finalise.mutate(
      { issuedOn: values.issuedOn.format(ISO), version: report.version },
      { onSuccess: onFinalised },
    );

  return (
    <Modal
      open
      title={t('consolidated.finaliseTitle')}
      onCancel={onClose}
      mask={{ closable: false }}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            type="primary"
            loading={finalise.isPending}
            onClick={() => form.submit()}
            data-testid="finalise-submit"
          >
            {t('consolidated.finalise')}
          </Button>
        </>
      }
    >
      <Alert
        type="warning"
        showIcon
        title={t('consolidated.finaliseWarning', { issuer: report.issuer.name })}
        style={{ marginBottom: 16 }}
      />
      {finalise.isError && (
        <div style={{ marginBottom: 16 }}>
          <ErrorAlert error={finalise.error} />
        </div>
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={submit}
        initialValues={{ issuedOn: dayjs() }}
      >
        <Form.Item
          name="issuedOn"
          label={t('consolidated.issuedOn')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <DatePicker
            format={DATE_FORMAT}
            allowClear={false}
            style={{ width: '100%' }}
            data-testid="finalise-issued-on"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
