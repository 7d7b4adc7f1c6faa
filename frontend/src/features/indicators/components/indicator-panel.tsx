import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Select, Skeleton, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import type { AreaValue, Indicator } from '@/types/api';
import { formatDate } from '@/utils/format';
import { useSeries } from '../api/get-series';
import type { AccessFor, UnitChoices } from '../utils/indicator-rules';
import { formatPercent, targetBandText } from '../utils/indicator-text';
import { AreaComparison } from './area-comparison';
import { IndicatorDefinition } from './indicator-definition';
import { IndicatorFormDialog } from './indicator-form-dialog';
import { SeriesChartBox } from './lazy-charts';
import { SeriesTable } from './series-table';
import { TargetStatusTag } from './target-status-tag';

export interface IndicatorPanelProps {
  planId: number;
  indicator: Indicator;
  /** What the user may give of an area's figures. */
  accessFor: AccessFor;
  /** The plan's coordinator or an admin: "Sửa chỉ tiêu". */
  canEdit: boolean;
  /** Units and groups of areas (the unit picker, the suppliers); loading while undefined. */
  choices: UnitChoices | undefined;
  /** More buttons in the header ("Lịch sử thay đổi"). */
  actions?: ReactNode;
  /** Opens the history of an area's figures. */
  onValueHistory: (area: AreaValue) => void;
}

/**
 * One indicator: the rolled-up value per year against the target (chart and table) for the
 * district or one of its areas, the areas compared in a year with data entry, and the definition.
 */
export function IndicatorPanel({
  planId,
  indicator,
  accessFor,
  canEdit,
  choices,
  actions,
  onValueHistory,
}: IndicatorPanelProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [unitId, setUnitId] = useState<number>();
  const [editing, setEditing] = useState(false);
  const series = useSeries(indicator.id, unitId);
  const areas = choices?.groups.find((g) => g.id === indicator.areas.id)?.members ?? [];

  return (
    <Flex vertical gap={16} data-testid={`indicator-${indicator.id}`}>
      <Flex gap={8} wrap align="center" justify="space-between">
        <div>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="indicator-name">
            {indicator.name}
          </Typography.Title>
          <Typography.Text type="secondary">
            {t('indicators.targetOf', {
              year: indicator.targetYear,
              range: targetBandText(indicator.targetLow, indicator.targetHigh, lang),
            })}
            {' – '}
            {indicator.targetText}
          </Typography.Text>
        </div>
        <Flex gap={8} wrap>
          {canEdit && (
            <Button
              icon={<EditOutlined />}
              onClick={() => setEditing(true)}
              data-testid={`edit-indicator-${indicator.id}`}
            >
              {t('indicators.edit')}
            </Button>
          )}
          {actions}
        </Flex>
      </Flex>
      <Flex gap={8} align="center" wrap>
        <Typography.Text>{t('indicators.unitPicker')}</Typography.Text>
        <Select<number>
          allowClear
          value={unitId}
          onChange={(value) => setUnitId(value ?? undefined)}
          placeholder={
            series.data && !unitId
              ? t('indicators.wholeUnit', { name: series.data.unit.name })
              : t('indicators.unitPicker')
          }
          aria-label={t('indicators.unitPicker')}
          style={{ minWidth: 280 }}
          data-testid={`unit-picker-${indicator.id}`}
          options={areas.map((a) => ({ value: a.id, label: a.name }))}
        />
      </Flex>
      {series.isPending ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : series.isError ? (
        <ErrorAlert error={series.error} onRetry={() => void series.refetch()} />
      ) : (
        <>
          <Card size="small" title={t('indicators.chart')}>
            <SeriesChartBox testId={`indicator-chart-${indicator.id}`} series={series.data} />
            <Typography.Paragraph style={{ margin: '8px 0 0' }} data-testid="projection">
              {series.data.projection ? (
                <>
                  {t('indicators.projection', {
                    year: series.data.projection.year,
                    value: formatPercent(series.data.projection.value, lang),
                  })}{' '}
                  <TargetStatusTag status={series.data.projection.status} />
                </>
              ) : (
                <Typography.Text type="secondary">{t('indicators.noProjection')}</Typography.Text>
              )}
            </Typography.Paragraph>
            {series.data.changes.length > 0 && (
              <Typography.Paragraph
                type="secondary"
                style={{ margin: '4px 0 0' }}
                data-testid="series-changes"
              >
                {t('indicators.orgChanges')}:{' '}
                {series.data.changes
                  .map((c) => `${formatDate(c.effectiveDate)} (${c.basisNumber})`)
                  .join('; ')}
              </Typography.Paragraph>
            )}
          </Card>
          <Card size="small" title={t('indicators.seriesTable')}>
            <div data-testid={`series-table-${indicator.id}`}>
              <SeriesTable series={series.data} />
            </div>
          </Card>
          <Card size="small" title={t('indicators.comparison')}>
            <AreaComparison
              key={unitId ?? 'all'}
              indicator={indicator}
              series={series.data}
              unitId={unitId}
              accessFor={accessFor}
              onHistory={onValueHistory}
            />
          </Card>
        </>
      )}
      <Card size="small" title={t('indicators.definition')}>
        <IndicatorDefinition indicator={indicator} />
      </Card>
      {editing && (
        <IndicatorFormDialog
          planId={planId}
          indicator={indicator}
          choices={choices}
          onClose={() => setEditing(false)}
        />
      )}
    </Flex>
  );
}
