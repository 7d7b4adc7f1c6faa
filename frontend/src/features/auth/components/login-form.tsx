import { LockOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import { ApiError } from '@/lib/api/problem';
import type { LoginInput, Session } from '@/types/api';
import { useLogin } from '../api/login';

/** Until when sign-in is throttled, from a 429's Retry-After; undefined when it is not. */
function throttledUntil(error: unknown): number | undefined {
  return error instanceof ApiError && error.status === 429
    ? Date.now() + (error.retryAfterSeconds ?? 60) * 1000
    : undefined;
}

function LoginError({ error, retryAt }: { error: unknown; retryAt: number | undefined }) {
  const { t } = useTranslation();
  if (!(error instanceof ApiError)) return <ErrorAlert error={error} />;
  // The server says why (wrong password, disabled, throttled) in the UI language.
  return (
    <Alert
      type="error"
      showIcon
      data-testid="login-error"
      title={error.problem.detail ?? error.problem.title}
      description={
        retryAt ? t('auth.retryAt', { time: dayjs(retryAt).format('HH:mm:ss') }) : undefined
      }
    />
  );
}

/** Whether the server asks this account for its second-factor code. */
function asksForCode(error: unknown) {
  return (
    error instanceof ApiError && (error.code === 'OTP_REQUIRED' || error.code === 'OTP_INVALID')
  );
}

/**
 * Username and password, and the authenticator code once the server asks for it (OTP_REQUIRED);
 * the submit button waits out a throttle (429).
 */
export function LoginForm({ onSuccess }: { onSuccess: (session: Session) => void }) {
  const { t } = useTranslation();
  const login = useLogin();
  const [retryAt, setRetryAt] = useState<number>();
  const [codeAsked, setCodeAsked] = useState(false);

  useEffect(() => {
    if (!retryAt) return;
    const timer = setTimeout(() => setRetryAt(undefined), retryAt - Date.now());
    return () => clearTimeout(timer);
  }, [retryAt]);

  const submit = (credentials: LoginInput) =>
    login.mutate(credentials, {
      onSuccess,
      onError: (error) => {
        setRetryAt(throttledUntil(error));
        if (asksForCode(error)) setCodeAsked(true);
      },
    });

  const required = [{ required: true, message: t('common.required') }];
  return (
    <Form<LoginInput> layout="vertical" requiredMark={false} onFinish={submit}>
      {login.isError && (
        <div style={{ marginBottom: 16 }}>
          <LoginError error={login.error} retryAt={retryAt} />
        </div>
      )}
      <Form.Item name="username" label={t('auth.username')} rules={required}>
        <Input prefix={<UserOutlined />} autoComplete="username" autoCapitalize="none" autoFocus />
      </Form.Item>
      <Form.Item name="password" label={t('auth.password')} rules={required}>
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
      </Form.Item>
      {codeAsked && (
        <Form.Item name="otp" label={t('auth.otp')} extra={t('auth.otpHelp')} rules={required}>
          <Input
            prefix={<SafetyOutlined />}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={16}
            autoFocus
            data-testid="login-otp"
          />
        </Form.Item>
      )}
      <Button
        type="primary"
        htmlType="submit"
        block
        loading={login.isPending}
        disabled={retryAt !== undefined}
        data-testid="login-submit"
      >
        {t('auth.submit')}
      </Button>
    </Form>
  );
}
