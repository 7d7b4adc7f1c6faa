import { Alert, Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import { MIN_PASSWORD_LENGTH } from '@/config/accounts';
import { ApiError } from '@/lib/api/problem';
import { showFieldErrors } from '@/lib/form-errors';
import type { PasswordChangeInput } from '@/types/api';
import { useChangePassword } from '../api/change-password';

type Values = PasswordChangeInput & { repeat: string };
const FIELDS = ['currentPassword', 'newPassword'] as const;

/** Current password, new one twice; the server's field errors show on the fields. */
export function ChangePasswordDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const change = useChangePassword();
  const [errorOnFields, setErrorOnFields] = useState(false);

  const submit = ({ currentPassword, newPassword }: Values) =>
    change.mutate(
      { currentPassword, newPassword },
      {
        onError: (error) => {
          // RULE_VIOLATED: the current password is wrong.
          const wrongCurrent = error instanceof ApiError && error.code === 'RULE_VIOLATED';
          if (wrongCurrent) form.setFields([{ name: 'currentPassword', errors: [error.message] }]);
          setErrorOnFields(wrongCurrent || showFieldErrors(form, FIELDS, error));
        },
      },
    );

  const required = { required: true, message: t('common.required') };
  return (
    <Modal
      open
      title={t('auth.changePassword')}
      onCancel={onClose}
      destroyOnHidden
      footer={
        change.isSuccess ? (
          <Button type="primary" onClick={onClose}>
            {t('common.close')}
          </Button>
        ) : (
          <>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button
              type="primary"
              loading={change.isPending}
              onClick={() => form.submit()}
              data-testid="change-password-submit"
            >
              {t('auth.changePassword')}
            </Button>
          </>
        )
      }
    >
      {change.isSuccess ? (
        <Alert type="success" showIcon title={t('auth.passwordChanged')} />
      ) : (
        <Form<Values> form={form} layout="vertical" requiredMark={false} onFinish={submit}>
          {change.isError && !errorOnFields && (
            <div style={{ marginBottom: 16 }}>
              <ErrorAlert error={change.error} />
            </div>
          )}
          <Form.Item name="currentPassword" label={t('auth.currentPassword')} rules={[required]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item
            name="newPassword"
            label={t('auth.newPassword')}
            rules={[
              required,
              {
                min: MIN_PASSWORD_LENGTH,
                message: t('auth.passwordMinLength', { count: MIN_PASSWORD_LENGTH }),
              },
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="repeat"
            label={t('auth.repeatPassword')}
            dependencies={['newPassword']}
            rules={[
              required,
              ({ getFieldValue }) => ({
                validator: (_, value) =>
                  !value || value === getFieldValue('newPassword')
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('auth.passwordMismatch'))),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
