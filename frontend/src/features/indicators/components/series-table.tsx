import { Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Series, YearPoint } from '@/types/api';
import { formatNumber } from '@/utils/format';
import { formatPercent } from '../utils/indicator-text';
import { Completeness } from './completeness';
import { TargetStatusTag } from './target-status-tag';

/**
 * The table behind the chart: per year the summed parts, the value, how many areas it rests on,
 * the path's value and the status. A value from fewer areas than expected says so beside it.
 */
export function SeriesTable({ series }: { series: Series }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const reported = (y: YearPoint) => y.reported > 0;
  const columns: TableColumnsType<YearPoint> = [
    { key: 'year', title: t('indicators.year'), dataIndex: 'year' },
    {
      key: 'numerator',
      title: t('indicators.numerator'),
      align: 'right',
      render: (_, y) => (reported(y) ? formatNumber(y.numerator, lang) : ''),
    },
    {
      key: 'denominator',
      title: t('indicators.denominator'),
      align: 'right',
      render: (_, y) => (reported(y) ? formatNumber(y.denominator, lang) : ''),
    },
    {
      key: 'value',
      title: t('indicators.value'),
      align: 'right',
      render: (_, y) =>
        y.value == null ? null : (
          <Typography.Text
            strong
            type={y.reported < y.expected ? 'warning' : undefined}
            data-testid="series-value"
          >
            {formatPercent(y.value, lang)}
          </Typography.Text>
        ),
    },
    {
      key: 'completeness',
      title: t('indicators.completeness'),
      render: (_, y) => <Completeness reported={y.reported} expected={y.expected} />,
    },
    {
      key: 'path',
      title: t('indicators.pathValue'),
      align: 'right',
      render: (_, y) => formatPercent(y.pathValue, lang),
    },
    {
      key: 'status',
      title: t('indicators.statusLabel'),
      render: (_, y) => <TargetStatusTag status={y.status} />,
    },
  ];
  return (
    <Table<YearPoint>
      size="small"
      rowKey="year"
      columns={columns}
      dataSource={series.years}
      pagination={false}
      scroll={{ x: 'max-content' }}
      onRow={(y) => ({ 'data-testid': `series-row-${y.year}` }) as object}
    />
  );
}
