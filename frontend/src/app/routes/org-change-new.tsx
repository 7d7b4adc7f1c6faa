import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { OrgChangeWizard } from '@/features/org-changes/components/org-change-wizard';
import type { UnitPickerProps } from '@/features/org-changes/components/unit-picker';
import { UnitSelect } from '@/features/units/components/unit-select';

/** The units feature's select, as the wizard's picker of one existing unit. */
function PickUnit({ value, onChange, placeholder, asOf }: UnitPickerProps) {
  return (
    <UnitSelect
      unitsOnly
      asOf={asOf}
      placeholder={placeholder}
      value={value === undefined ? undefined : { type: 'UNIT', id: value }}
      onChange={(selection) => onChange?.(selection?.id)}
    />
  );
}

/** "/org-changes/new": record, preview and apply an organisation change. */
export function OrgChangeNewRoute() {
  const { t } = useTranslation();
  return (
    <>
      <title>{`${t('orgChanges.wizard.title')} – ${t('app.title')}`}</title>
      <p>
        <Link to={paths.orgChanges.getHref()}>← {t('orgChanges.back')}</Link>
      </p>
      <Typography.Title level={3}>{t('orgChanges.wizard.title')}</Typography.Title>
      <OrgChangeWizard UnitPicker={PickUnit} />
    </>
  );
}
