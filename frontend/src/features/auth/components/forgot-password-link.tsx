import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useSignInOptions } from '../api/get-sign-in-options';

/** "Quên mật khẩu?", only when the server says it mails reset links. */
export function ForgotPasswordLink() {
  const { t } = useTranslation();
  const options = useSignInOptions();
  if (!options.data?.passwordReset) return null;
  return (
    <div style={{ marginTop: 16, textAlign: 'center' }}>
      <Link to={paths.forgotPassword.getHref()} data-testid="forgot-password-link">
        {t('auth.forgotPassword')}
      </Link>
    </div>
  );
}
