import { Alert, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PublicLayout } from '@/components/layouts/public-layout';
import { ErrorAlert } from '@/components/ui/error-alert';
import { paths } from '@/config/paths';
import { useSignInOptions } from '@/features/auth/api/get-sign-in-options';
import { ForgotPasswordForm } from '@/features/auth/components/forgot-password-form';

/** "/forgot-password": ask for a reset link, when the server mails them. */
export function ForgotPasswordRoute() {
  const { t } = useTranslation();
  const options = useSignInOptions();

  let body;
  if (options.isPending) body = <Skeleton active />;
  else if (options.isError)
    body = <ErrorAlert error={options.error} onRetry={() => void options.refetch()} />;
  else if (!options.data.passwordReset)
    body = (
      <Alert type="info" showIcon title={t('auth.resetUnavailable')} data-testid="reset-off" />
    );
  else
    body = (
      <>
        <Typography.Paragraph>{t('auth.forgotIntro')}</Typography.Paragraph>
        <ForgotPasswordForm />
      </>
    );

  return (
    <PublicLayout title={t('auth.forgotTitle')} testId="forgot-password-page">
      {body}
      <div style={{ marginTop: 16, textAlign: 'center' }}>
        <Link to={paths.login.getHref()} data-testid="back-to-login">
          {t('auth.backToLogin')}
        </Link>
      </div>
    </PublicLayout>
  );
}
