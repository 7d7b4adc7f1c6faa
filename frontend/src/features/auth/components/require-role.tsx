import { Alert } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountRole } from '@/types/api';
import { useCurrentUser } from '../hooks/use-current-user';

/** Renders its children for the given roles only (the API refuses the others anyway). */
export function RequireRole({
  roles,
  children,
}: {
  roles: readonly AccountRole[];
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  if (roles.includes(user.role)) return children;
  return <Alert type="warning" showIcon title={t('auth.forbidden')} data-testid="forbidden" />;
}
