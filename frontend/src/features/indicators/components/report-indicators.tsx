import { useQueries } from '@tanstack/react-query';
import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AreaValue, Indicator, UnitRef } from '@/types/api';
import { getAreaValuesQueryOptions } from '../api/get-area-values';
import { useIndicators } from '../api/get-indicators';
import { NO_ACCESS, type AccessFor } from '../utils/indicator-rules';
import { ValueForm } from './value-form';

export interface ReportIndicatorsProps {
  planId: number;
  /** The data year: the year the annual period's window ends in. */
  year: number;
  /** The report's unit. */
  unit: UnitRef;
  /** What the user may give; read only when undefined (the report is not editable). */
  accessFor?: AccessFor;
}

/**
 * "Số liệu chỉ tiêu năm YYYY" in an annual report: for each of the plan's indicators the report's
 * unit is an area of, its figures for the year, entered in the report while it is editable.
 */
export function ReportIndicators({ planId, year, unit, accessFor }: ReportIndicatorsProps) {
  const { t } = useTranslation();
  const indicators = useIndicators(planId);
  const items = indicators.data?.items ?? [];
  const values = useQueries({
    queries: items.map((indicator) => getAreaValuesQueryOptions(indicator.id, year, unit.id)),
  });
  // The unit is an area of the indicator when its values are exactly the unit's own.
  const entries = items.flatMap((indicator, i): { indicator: Indicator; area: AreaValue }[] => {
    const areas = values[i]?.data?.items;
    return areas?.length === 1 && areas[0].unit.id === unit.id
      ? [{ indicator, area: areas[0] }]
      : [];
  });
  if (entries.length === 0) return null;
  return (
    <section data-testid="report-indicators" style={{ marginTop: 24 }}>
      <Typography.Title level={4}>{t('indicators.reportSection', { year })}</Typography.Title>
      <Typography.Paragraph type="secondary">
        {t('indicators.reportSectionHelp', { unit: unit.name })}
      </Typography.Paragraph>
      <Flex vertical gap={12}>
        {entries.map(({ indicator, area }) => (
          <Card
            key={indicator.id}
            size="small"
            title={<span style={{ whiteSpace: 'normal' }}>{indicator.name}</span>}
            data-testid={`report-indicator-${indicator.id}`}
          >
            <ValueForm
              compact
              indicator={indicator}
              area={area}
              access={accessFor ? accessFor(indicator, area.unit.id) : NO_ACCESS}
            />
          </Card>
        ))}
      </Flex>
    </section>
  );
}
