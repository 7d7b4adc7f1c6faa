import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '@/features/auth/hooks/use-current-user';
import { ApiTokens } from '@/features/tokens/components/api-tokens';

/** "/tokens": the signed-in user's API tokens. */
export function TokensRoute() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  return (
    <>
      <title>{`${t('tokens.title')} – ${t('app.title')}`}</title>
      <ApiTokens userId={user.id} ownUnits={user.units} />
    </>
  );
}
