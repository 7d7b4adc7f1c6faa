import { Alert, Button, Divider } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useSignInOptions } from '../api/get-sign-in-options';

/** Codes the service sends back to /login?error= when sign-in through the provider fails. */
const PROVIDER_ERRORS = [
  'PROVIDER_ACCOUNT_UNKNOWN',
  'PROVIDER_ACCOUNT_DISABLED',
  'PROVIDER_SIGN_IN_FAILED',
] as const;

/**
 * "Đăng nhập bằng …": only when the server says it offers the province's identity provider; and
 * why the last attempt through it was refused, by the code the service sent.
 */
export function ProviderSignIn() {
  const { t } = useTranslation();
  const options = useSignInOptions();
  const error = useSearchParams()[0].get('error');
  const refused = PROVIDER_ERRORS.find((code) => code === error);
  return (
    <>
      {refused && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t(`auth.provider.${refused}`)}
          data-testid="provider-refused"
        />
      )}
      {options.data?.providerSignIn && (
        <>
          <Divider plain>{t('auth.provider.or')}</Divider>
          <Button block href="/api/v1/session/oidc" data-testid="provider-sign-in">
            {t('auth.provider.signIn', { name: options.data.providerName ?? '' })}
          </Button>
        </>
      )}
    </>
  );
}
