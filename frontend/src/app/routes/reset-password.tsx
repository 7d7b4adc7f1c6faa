import { Alert } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PublicLayout } from '@/components/layouts/public-layout';
import { paths } from '@/config/paths';
import { ResetPasswordForm } from '@/features/auth/components/reset-password-form';

/**
 * "/reset-password?token=…", the page a mailed link opens: a new password for the account. The
 * secret is taken out of the address at once, so it stays out of the history.
 */
export function ResetPasswordRoute() {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const [token] = useState(() => search.get('token')?.trim() ?? '');

  useEffect(() => {
    if (search.has('token')) void navigate(paths.resetPassword.getHref(), { replace: true });
  }, [search, navigate]);

  return (
    <PublicLayout title={t('auth.resetTitle')} testId="reset-password-page">
      {token ? (
        <ResetPasswordForm token={token} />
      ) : (
        <Alert type="warning" showIcon title={t('auth.linkMissing')} data-testid="link-missing" />
      )}
      <div style={{ marginTop: 16, textAlign: 'center' }}>
        <Link to={token ? paths.login.getHref() : paths.forgotPassword.getHref()}>
          {token ? t('auth.backToLogin') : t('auth.requestNewLink')}
        </Link>
      </div>
    </PublicLayout>
  );
}
