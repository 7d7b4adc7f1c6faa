import { Flex, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '@/types/api';
import { formatDate } from '@/utils/format';

/** A unit's name, short name, kind and validity; {@code actions} beside the name. */
export function UnitHeader({ unit, actions }: { unit: Unit; actions?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div style={{ marginBottom: 16 }}>
      <Flex justify="space-between" align="start" gap={8} wrap>
        <Typography.Title level={3} style={{ marginBottom: 4 }} data-testid="unit-name">
          {unit.name}
        </Typography.Title>
        {actions}
      </Flex>
      <Space wrap size={[8, 4]}>
        {unit.shortName && <Typography.Text strong>{unit.shortName}</Typography.Text>}
        <Tag>{t(`units.kind.${unit.kind}`, { defaultValue: unit.kind })}</Tag>
        {unit.officialCode && (
          <Typography.Text type="secondary">
            {t('units.officialCode', { code: unit.officialCode })}
          </Typography.Text>
        )}
        {(unit.validFrom || unit.validTo) && (
          <Typography.Text type="secondary">
            {unit.validFrom && t('units.validFrom', { date: formatDate(unit.validFrom) })}{' '}
            {unit.validTo && t('units.validTo', { date: formatDate(unit.validTo) })}
          </Typography.Text>
        )}
      </Space>
    </div>
  );
}
