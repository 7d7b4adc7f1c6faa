import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Indicator } from '@/types/api';
import { formatPercent } from '../utils/indicator-text';

/** What is counted: the numerator and denominator, who supplies them, the source and baseline. */
export function IndicatorDefinition({ indicator }: { indicator: Indicator }) {
  const { t, i18n } = useTranslation();
  const pre = { whiteSpace: 'pre-wrap' as const };
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      data-testid={`indicator-definition-${indicator.id}`}
      items={[
        {
          key: 'numerator',
          label: t('indicators.numeratorDefinition'),
          children: <span style={pre}>{indicator.numeratorDefinition}</span>,
        },
        {
          key: 'denominator',
          label: t('indicators.denominatorDefinition'),
          children: <span style={pre}>{indicator.denominatorDefinition}</span>,
        },
        { key: 'areas', label: t('indicators.areas'), children: indicator.areas.name },
        {
          key: 'numeratorSupplier',
          label: t('indicators.numeratorSupplier'),
          children: indicator.numeratorSupplier?.name ?? t('indicators.byAreas'),
        },
        {
          key: 'denominatorSupplier',
          label: t('indicators.denominatorSupplier'),
          children: indicator.denominatorSupplier?.name ?? t('indicators.byAreas'),
        },
        {
          key: 'source',
          label: t('indicators.sourceNoteLabel'),
          children: <span style={pre}>{indicator.sourceNote ?? ''}</span>,
        },
        {
          key: 'baseline',
          label: t('indicators.baseline'),
          children: (
            <span data-testid="indicator-baseline">
              {indicator.baselineYear != null && indicator.baselineValue != null
                ? t('indicators.baselineText', {
                    value: formatPercent(indicator.baselineValue, i18n.language),
                    year: indicator.baselineYear,
                  })
                : t('indicators.notSet')}
            </span>
          ),
        },
      ]}
    />
  );
}
