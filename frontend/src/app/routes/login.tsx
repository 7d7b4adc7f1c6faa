import { Card, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { LangToggle } from '@/components/lang-toggle';
import { ErrorAlert } from '@/components/ui/error-alert';
import { useSession } from '@/features/auth/api/get-session';
import { ForgotPasswordLink } from '@/features/auth/components/forgot-password-link';
import { LoginForm } from '@/features/auth/components/login-form';
import { ProviderSignIn } from '@/features/auth/components/provider-sign-in';
import { landingPath, safeNext } from '@/features/auth/utils/landing';
import type { CurrentUser } from '@/types/api';

/** "/login": sign in, then back to the page the user wanted, or to the role's start page. */
export function LoginRoute() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const next = safeNext(useSearchParams()[0].get('next'));
  const target = (user: CurrentUser) => next ?? landingPath(user);

  let body;
  if (session.isPending) body = <Skeleton active />;
  else if (session.isError)
    body = <ErrorAlert error={session.error} onRetry={() => void session.refetch()} />;
  else if (session.data) return <Navigate to={target(session.data.user)} replace />;
  else
    body = (
      <>
        <LoginForm onSuccess={({ user }) => void navigate(target(user), { replace: true })} />
        <ProviderSignIn />
        <ForgotPasswordLink />
      </>
    );

  return (
    <Flex vertical align="center" style={{ minHeight: '100vh', padding: '24px 12px' }}>
      <title>{`${t('auth.loginTitle')} – ${t('app.title')}`}</title>
      <Flex justify="flex-end" style={{ width: '100%', maxWidth: 400 }}>
        <LangToggle />
      </Flex>
      <Card style={{ width: '100%', maxWidth: 400, marginTop: 24 }} data-testid="login-page">
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {t('app.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('auth.loginTitle')}</Typography.Paragraph>
        {body}
      </Card>
    </Flex>
  );
}
