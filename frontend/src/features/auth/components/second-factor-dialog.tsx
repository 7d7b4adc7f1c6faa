import { Alert, Button, Flex, Form, Input, Modal, Skeleton, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import { showFieldErrors } from '@/lib/form-errors';
import { useConfirmTotp } from '../api/confirm-totp';
import { useDisableTotp } from '../api/disable-totp';
import { useStartTotp } from '../api/start-totp';
import { useCurrentUser } from '../hooks/use-current-user';

const CODE_INPUT = {
  inputMode: 'numeric',
  autoComplete: 'one-time-code',
  maxLength: 16,
} as const;

/** The QR code from the server, shown as an image: an SVG in an img element runs no script. */
function QrCode({ svg, label }: { svg: string; label: string }) {
  return (
    <img
      src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
      alt={label}
      width={200}
      height={200}
      data-testid="totp-qr"
      style={{ imageRendering: 'pixelated', display: 'block', margin: '0 auto' }}
    />
  );
}

/** Starts a set-up when opened: QR code and key, then a code from the app turns it on. */
function EnrolForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ code: string }>();
  const start = useStartTotp();
  const confirm = useConfirmTotp();
  const [codeRefused, setCodeRefused] = useState(false);
  const { mutate } = start;

  useEffect(() => mutate(), [mutate]);

  if (confirm.isSuccess)
    return (
      <Flex vertical gap={16}>
        <Alert type="success" showIcon title={t('auth.totpEnabled')} data-testid="totp-done" />
        <Button type="primary" onClick={onClose}>
          {t('common.close')}
        </Button>
      </Flex>
    );
  if (start.isError) return <ErrorAlert error={start.error} />;
  if (!start.data) return <Skeleton active />;
  const submit = ({ code }: { code: string }) =>
    confirm.mutate(code.trim(), {
      onError: (error) => setCodeRefused(showFieldErrors(form, ['code'], error)),
    });
  return (
    <Form form={form} layout="vertical" requiredMark={false} onFinish={submit}>
      <Typography.Paragraph>{t('auth.totpIntro')}</Typography.Paragraph>
      <QrCode svg={start.data.qrSvg} label={t('auth.totpQr')} />
      <Typography.Paragraph style={{ marginTop: 16 }}>
        {t('auth.totpSecret')}{' '}
        <Typography.Text code copyable data-testid="totp-secret">
          {start.data.secret}
        </Typography.Text>
      </Typography.Paragraph>
      {confirm.isError && !codeRefused && (
        <div style={{ marginBottom: 16 }}>
          <ErrorAlert error={confirm.error} />
        </div>
      )}
      <Form.Item
        name="code"
        label={t('auth.otp')}
        rules={[{ required: true, message: t('common.required') }]}
      >
        <Input {...CODE_INPUT} data-testid="totp-code" />
      </Form.Item>
      <Flex gap={8} justify="end">
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button
          type="primary"
          htmlType="submit"
          loading={confirm.isPending}
          data-testid="totp-confirm"
        >
          {t('auth.totpConfirm')}
        </Button>
      </Flex>
    </Form>
  );
}

/** A current code, or the password when the app is lost, turns the second factor off. */
function DisableForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ code?: string; password?: string }>();
  const disable = useDisableTotp();
  const [onFields, setOnFields] = useState(false);

  if (disable.isSuccess)
    return (
      <Flex vertical gap={16}>
        <Alert type="success" showIcon title={t('auth.totpDisabled')} data-testid="totp-done" />
        <Button type="primary" onClick={onClose}>
          {t('common.close')}
        </Button>
      </Flex>
    );
  const submit = ({ code, password }: { code?: string; password?: string }) => {
    if (!code?.trim() && !password) {
      form.setFields([{ name: 'code', errors: [t('auth.totpCodeOrPassword')] }]);
      return;
    }
    disable.mutate(code?.trim() ? { code: code.trim() } : { password }, {
      onError: (error) => setOnFields(showFieldErrors(form, ['code', 'password'], error)),
    });
  };
  return (
    <Form form={form} layout="vertical" requiredMark={false} onFinish={submit}>
      <Typography.Paragraph>{t('auth.totpOffIntro')}</Typography.Paragraph>
      {disable.isError && !onFields && (
        <div style={{ marginBottom: 16 }}>
          <ErrorAlert error={disable.error} />
        </div>
      )}
      <Form.Item name="code" label={t('auth.otp')}>
        <Input {...CODE_INPUT} data-testid="totp-code" />
      </Form.Item>
      <Form.Item name="password" label={t('auth.password')}>
        <Input.Password autoComplete="current-password" data-testid="totp-password" />
      </Form.Item>
      <Flex gap={8} justify="end">
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button
          type="primary"
          danger
          htmlType="submit"
          loading={disable.isPending}
          data-testid="totp-disable"
        >
          {t('auth.totpOffSubmit')}
        </Button>
      </Flex>
    </Form>
  );
}

/** "Xác thực hai lớp": set it up when off, turn it off when on, as the session's user says. */
export function SecondFactorDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  // Decided once: confirming turns it on while the dialog still shows the outcome.
  const [enabled] = useState(user.totpEnabled);
  return (
    <Modal
      open
      title={enabled ? t('auth.totpTurnOff') : t('auth.totpSetUp')}
      onCancel={onClose}
      destroyOnHidden
      footer={null}
    >
      {enabled ? <DisableForm onClose={onClose} /> : <EnrolForm onClose={onClose} />}
    </Modal>
  );
}
