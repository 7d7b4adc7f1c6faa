import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { MIN_PASSWORD_LENGTH } from '@/config/accounts';
import { paths } from '@/config/paths';
import { ApiError } from '@/lib/api/problem';
import { showFieldErrors } from '@/lib/form-errors';
import { useConfirmPasswordReset } from '../api/confirm-password-reset';

interface Values {
  newPassword: string;
  repeat: string;
}
const FIELDS = ['newPassword'] as const;
/** The link cannot be used again: the user needs a new one. */
const LINK_CODES = new Set(['RESET_TOKEN_INVALID', 'RESET_TOKEN_EXPIRED']);

/** The new password twice, sent with the secret from the mailed link. */
export function ResetPasswordForm({ token }: { token: string }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const navigate = useNavigate();
  const confirm = useConfirmPasswordReset();
  const [errorOnFields, setErrorOnFields] = useState(false);

  if (confirm.isSuccess)
    return (
      <>
        <Alert type="success" showIcon title={t('auth.passwordReset')} data-testid="reset-done" />
        <Button
          type="primary"
          block
          style={{ marginTop: 16 }}
          data-testid="reset-to-login"
          onClick={() => void navigate(paths.login.getHref(), { replace: true })}
        >
          {t('auth.submit')}
        </Button>
      </>
    );

  const linkUnusable =
    confirm.error instanceof ApiError && LINK_CODES.has(confirm.error.code ?? '');
  const submit = ({ newPassword }: Values) =>
    confirm.mutate(
      { token, newPassword },
      { onError: (error) => setErrorOnFields(showFieldErrors(form, FIELDS, error)) },
    );
  const required = { required: true, message: t('common.required') };
  return (
    <Form<Values> form={form} layout="vertical" requiredMark={false} onFinish={submit}>
      {confirm.isError && !errorOnFields && (
        <div style={{ marginBottom: 16 }} data-testid="reset-error">
          <ErrorAlert error={confirm.error} />
          {linkUnusable && (
            <div style={{ marginTop: 8 }}>
              <Link to={paths.forgotPassword.getHref()} data-testid="request-new-link">
                {t('auth.requestNewLink')}
              </Link>
            </div>
          )}
        </div>
      )}
      <Form.Item
        name="newPassword"
        label={t('auth.newPassword')}
        extra={t('auth.resetIntro')}
        rules={[
          required,
          {
            min: MIN_PASSWORD_LENGTH,
            message: t('auth.passwordMinLength', { count: MIN_PASSWORD_LENGTH }),
          },
        ]}
      >
        <Input.Password autoComplete="new-password" autoFocus disabled={linkUnusable} />
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
        <Input.Password autoComplete="new-password" disabled={linkUnusable} />
      </Form.Item>
      <Button
        type="primary"
        htmlType="submit"
        block
        loading={confirm.isPending}
        disabled={linkUnusable}
        data-testid="reset-submit"
      >
        {t('auth.setPassword')}
      </Button>
    </Form>
  );
}
