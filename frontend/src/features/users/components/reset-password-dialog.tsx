import { Alert, Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import { MIN_PASSWORD_LENGTH } from '@/config/accounts';
import { showFieldErrors } from '@/lib/form-errors';
import type { UserView } from '@/types/api';
import { useResetPassword } from '../api/reset-password';

/** Sets a new password for a user (who is signed out everywhere). */
export function ResetPasswordDialog({ user, onClose }: { user: UserView; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ newPassword: string }>();
  const reset = useResetPassword(user.id);
  const [errorOnFields, setErrorOnFields] = useState(false);
  return (
    <Modal
      open
      title={t('users.resetTitle', { username: user.username })}
      onCancel={onClose}
      mask={{ closable: false }}
      footer={
        reset.isSuccess ? (
          <Button type="primary" onClick={onClose}>
            {t('common.close')}
          </Button>
        ) : (
          <>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="primary" loading={reset.isPending} onClick={() => form.submit()}>
              {t('users.resetPassword')}
            </Button>
          </>
        )
      }
    >
      {reset.isSuccess ? (
        <Alert type="success" showIcon title={t('users.resetDone')} />
      ) : (
        <Form
          form={form}
          layout="vertical"
          requiredMark={false}
          onFinish={({ newPassword }) =>
            reset.mutate(newPassword, {
              onError: (e) => setErrorOnFields(showFieldErrors(form, ['newPassword'], e)),
            })
          }
        >
          {reset.isError && !errorOnFields && (
            <div style={{ marginBottom: 16 }}>
              <ErrorAlert error={reset.error} />
            </div>
          )}
          <Form.Item
            name="newPassword"
            label={t('auth.newPassword')}
            rules={[
              { required: true, message: t('common.required') },
              {
                min: MIN_PASSWORD_LENGTH,
                message: t('auth.passwordMinLength', { count: MIN_PASSWORD_LENGTH }),
              },
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}
