import { UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import type { PasswordResetRequestInput } from '@/types/api';
import { useRequestPasswordReset } from '../api/request-password-reset';

/**
 * Username or e-mail address; afterwards the same words whatever the account, as the server
 * answers the same.
 */
export function ForgotPasswordForm() {
  const { t } = useTranslation();
  const request = useRequestPasswordReset();

  if (request.isSuccess)
    return (
      <Alert
        type="success"
        showIcon
        data-testid="reset-link-sent"
        title={t('auth.linkSent', { minutes: request.data.linkValidMinutes })}
      />
    );
  return (
    <Form<PasswordResetRequestInput>
      layout="vertical"
      requiredMark={false}
      onFinish={({ login }) => request.mutate({ login: login.trim() })}
    >
      {request.isError && (
        <div style={{ marginBottom: 16 }}>
          <ErrorAlert error={request.error} />
        </div>
      )}
      <Form.Item
        name="login"
        label={t('auth.login')}
        rules={[{ required: true, whitespace: true, message: t('common.required') }]}
      >
        <Input prefix={<UserOutlined />} autoComplete="username" autoCapitalize="none" autoFocus />
      </Form.Item>
      <Button
        type="primary"
        htmlType="submit"
        block
        loading={request.isPending}
        data-testid="reset-request-submit"
      >
        {t('auth.sendLink')}
      </Button>
    </Form>
  );
}
