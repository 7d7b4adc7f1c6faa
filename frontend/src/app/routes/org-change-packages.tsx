import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useOrgChanges } from '@/features/org-changes/api/get-org-changes';
import { PackageLoader } from '@/features/org-changes/components/package-loader';

/** "/org-changes/packages": prepared reorganisations, previewed and applied whole. */
export function OrgChangePackagesRoute() {
  const { t } = useTranslation();
  // The list says whether the caller may record changes; packages are recorded the same way.
  const changes = useOrgChanges(0);
  const mayRecord = changes.data?.actions.includes('RECORD') ?? false;
  return (
    <>
      <title>{`${t('orgChanges.package.title')} – ${t('app.title')}`}</title>
      <p>
        <Link to={paths.orgChanges.getHref()}>← {t('orgChanges.back')}</Link>
      </p>
      <Typography.Title level={3}>{t('orgChanges.package.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('orgChanges.package.intro')}</Typography.Paragraph>
      <PackageLoader mayRecord={mayRecord} />
    </>
  );
}
