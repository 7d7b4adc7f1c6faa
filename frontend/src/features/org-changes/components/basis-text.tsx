import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LegalBasis } from '@/types/api';
import { formatDate } from '@/utils/format';

/** "1677/NQ-UBTVQH15 ngày 16/06/2025 của Ủy ban Thường vụ Quốc hội", then the title. */
export function BasisText({
  basis,
  withTitle = false,
}: {
  basis: LegalBasis;
  withTitle?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <span data-testid="basis-text">
      {t('orgChanges.basisText', {
        number: basis.number,
        date: formatDate(basis.issueDate),
        issuer: basis.issuer,
      })}
      {withTitle && basis.title && (
        <Typography.Text type="secondary"> – {basis.title}</Typography.Text>
      )}
    </span>
  );
}
