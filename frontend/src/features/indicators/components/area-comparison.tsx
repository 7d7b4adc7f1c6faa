import { EditOutlined, HistoryOutlined } from '@ant-design/icons';
import { Button, Flex, Modal, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import type { AreaValue, Indicator, Series } from '@/types/api';
import { formatNumber } from '@/utils/format';
import { useAreaValues } from '../api/get-area-values';
import { canWrite, currentYear, type AccessFor } from '../utils/indicator-rules';
import { formatPercent } from '../utils/indicator-text';
import { ComparisonChartBox } from './lazy-charts';
import { ValueForm } from './value-form';

/** The latest year with figures, else the current year when the series has it, else its last. */
export function defaultYear(series: Series): number {
  const withData = series.years.filter((y) => y.reported > 0);
  if (withData.length > 0) return withData[withData.length - 1].year;
  const now = currentYear();
  if (series.years.some((y) => y.year === now)) return now;
  return series.years[series.years.length - 1]?.year ?? now;
}

export interface AreaComparisonProps {
  indicator: Indicator;
  series: Series;
  /** The subtree compared; the district when undefined. */
  unitId?: number;
  /** What the user may give of an area's figures. */
  accessFor: AccessFor;
  /** Opens the history of an area's figures. */
  onHistory: (area: AreaValue) => void;
}

/**
 * "So sánh các địa bàn": each area's figures in a year as bars and a table, "Chưa báo cáo" where
 * none came; "Nhập số liệu" for those who may give them.
 */
export function AreaComparison({
  indicator,
  series,
  unitId,
  accessFor,
  onHistory,
}: AreaComparisonProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [year, setYear] = useState(() => defaultYear(series));
  const [editing, setEditing] = useState<AreaValue>();
  const values = useAreaValues(indicator.id, year, unitId);
  const items = values.data?.items ?? [];
  const years = series.years.map((y) => y.year);
  if (!years.includes(year)) years.push(year);

  const columns: TableColumnsType<AreaValue> = [
    { key: 'area', title: t('indicators.area'), render: (_, v) => v.unit.name },
    {
      key: 'numerator',
      title: t('indicators.numerator'),
      align: 'right',
      render: (_, v) => (v.numerator == null ? '' : formatNumber(v.numerator, lang)),
    },
    {
      key: 'denominator',
      title: t('indicators.denominator'),
      align: 'right',
      render: (_, v) => (v.denominator == null ? '' : formatNumber(v.denominator, lang)),
    },
    {
      key: 'value',
      title: t('indicators.value'),
      align: 'right',
      render: (_, v) =>
        v.value == null ? (
          <Tag data-testid="not-reported">{t('indicators.notReported')}</Tag>
        ) : (
          <Typography.Text strong data-testid="area-value">
            {formatPercent(v.value, lang)}
          </Typography.Text>
        ),
    },
    {
      key: 'actions',
      title: t('indicators.actions'),
      render: (_, v) => (
        <Flex gap={4}>
          {canWrite(accessFor(indicator, v.unit.id)) && (
            <Button
              size="small"
              icon={<EditOutlined />}
              onClick={() => setEditing(v)}
              data-testid={`enter-values-${v.unit.id}`}
            >
              {t('indicators.enter')}
            </Button>
          )}
          {v.id != null && (
            <Button
              size="small"
              type="text"
              icon={<HistoryOutlined />}
              aria-label={t('indicators.valueHistory')}
              title={t('indicators.valueHistory')}
              onClick={() => onHistory(v)}
              data-testid={`value-history-${v.unit.id}`}
            />
          )}
        </Flex>
      ),
    },
  ];

  return (
    <div data-testid={`comparison-${indicator.id}`}>
      <Flex gap={8} align="center" wrap style={{ marginBottom: 12 }}>
        <Typography.Text>{t('indicators.comparisonYear')}</Typography.Text>
        <Select<number>
          value={year}
          onChange={setYear}
          style={{ width: 120 }}
          aria-label={t('indicators.comparisonYear')}
          data-testid="comparison-year"
          options={years.sort((a, b) => a - b).map((y) => ({ value: y, label: String(y) }))}
        />
      </Flex>
      {values.isError ? (
        <ErrorAlert error={values.error} onRetry={() => void values.refetch()} />
      ) : (
        <>
          {items.length > 0 && (
            <ComparisonChartBox
              testId={`comparison-chart-${indicator.id}`}
              values={items}
              targetLow={indicator.targetLow}
            />
          )}
          <Table<AreaValue>
            size="small"
            rowKey={(v) => v.unit.id}
            loading={values.isFetching}
            columns={columns}
            dataSource={items}
            pagination={false}
            scroll={{ x: 'max-content' }}
            onRow={(v) => ({ 'data-testid': `area-row-${v.unit.id}` }) as object}
          />
        </>
      )}
      {editing && (
        <Modal
          open
          title={t('indicators.enterTitle', { area: editing.unit.name, year: editing.year })}
          onCancel={() => setEditing(undefined)}
          mask={{ closable: false }}
          footer={null}
          data-testid="value-dialog"
        >
          <ValueForm
            indicator={indicator}
            area={editing}
            access={accessFor(indicator, editing.unit.id)}
            onSaved={() => setEditing(undefined)}
          />
        </Modal>
      )}
    </div>
  );
}
