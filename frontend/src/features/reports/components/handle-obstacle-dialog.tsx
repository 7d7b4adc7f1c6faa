import { Form, Input, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '@/components/ui/form-dialog';
import { OBSTACLE_STATUSES, type ObstacleItem, type ObstacleStatus } from '@/types/api';
import { matchesVietnamese } from '@/utils/text';
import { useHandleObstacle } from '../api/handle-obstacle';

interface Values {
  status: ObstacleStatus;
  ownerUnitId?: number;
  response?: string;
}

/** A unit the coordinator can hand an obstacle to. */
export interface OwnerOption {
  id: number;
  name: string;
}

export interface HandleObstacleDialogProps {
  obstacle: ObstacleItem;
  /** Units to hand it to; none for an officer of the owning unit, who may not hand it on. */
  owners?: OwnerOption[];
  onDone: () => void;
  onClose: () => void;
}

const NEEDS_RESPONSE: readonly ObstacleStatus[] = ['RESOLVED', 'ESCALATED'];

/**
 * "Xử lý": the coordinator sets the status, the unit to resolve it and a response; an officer of
 * the owning unit the status and response only.
 */
export function HandleObstacleDialog({
  obstacle,
  owners,
  onDone,
  onClose,
}: HandleObstacleDialogProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const status = Form.useWatch('status', form) ?? obstacle.status;
  const handle = useHandleObstacle();
  const submit = ({ status, ownerUnitId, response }: Values) =>
    handle.mutate(
      {
        id: obstacle.id,
        body: {
          status,
          ...(owners && ownerUnitId != null && { ownerUnitId }),
          ...(response?.trim() && { response: response.trim() }),
          version: obstacle.version,
        },
      },
      { onSuccess: onDone },
    );
  return (
    <FormDialog
      title={t('reports.handleTitle', { unit: obstacle.unit.name })}
      submitLabel={t('reports.save')}
      submitTestId="handle-submit"
      submitting={handle.isPending}
      error={handle.isError ? handle.error : null}
      onSubmit={() => form.submit()}
      onClose={onClose}
    >
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
        <Typography.Text strong>{obstacle.taskCode}</Typography.Text> · {obstacle.description}
      </Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={submit}
        initialValues={{
          status: obstacle.status,
          ownerUnitId: obstacle.owner?.id,
          response: obstacle.response ?? '',
        }}
      >
        <Form.Item
          name="status"
          label={t('reports.obstacleStatusLabel')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Select
            data-testid="handle-status"
            options={OBSTACLE_STATUSES.map((value) => ({
              value,
              label: t(`reports.obstacleStatus.${value}`),
            }))}
          />
        </Form.Item>
        {owners && (
          <Form.Item name="ownerUnitId" label={t('reports.obstacleOwner')}>
            <Select
              data-testid="handle-owner"
              allowClear
              showSearch={{
                filterOption: (input, option) =>
                  option !== undefined && matchesVietnamese(input, option.label),
              }}
              options={owners.map((u) => ({ value: u.id, label: u.name }))}
            />
          </Form.Item>
        )}
        <Form.Item
          name="response"
          label={t('reports.obstacleResponse')}
          extra={t('reports.handleResponseHelp')}
          rules={[
            {
              required: NEEDS_RESPONSE.includes(status),
              whitespace: true,
              message: t('common.required'),
            },
          ]}
        >
          <Input.TextArea rows={4} maxLength={5000} data-testid="handle-response" />
        </Form.Item>
      </Form>
    </FormDialog>
  );
}
