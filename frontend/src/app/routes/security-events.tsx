import { useTranslation } from 'react-i18next';
import { SecurityLog } from '@/features/security-events/components/security-log';

/** "/security-events" (administrators): the security log. */
export function SecurityEventsRoute() {
  const { t } = useTranslation();
  return (
    <>
      <title>{`${t('securityEvents.title')} – ${t('app.title')}`}</title>
      <SecurityLog />
    </>
  );
}
