/**
 * The indicator charts (recharts), in their own chunk: only the pages that show an indicator
 * download them, through `lazy-charts.tsx`.
 */
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ComposedChart,
  Legend,
  Line,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { AreaValue, Series } from '@/types/api';
import { formatDate } from '@/utils/format';
import { formatPercent } from '../utils/indicator-text';

const GREEN = '#52c41a';
const BLUE = '#1677ff';
const ORANGE = '#fa8c16';
const GREY = '#8c8c8c';
const PURPLE = '#722ed1';

interface Row {
  year: number;
  value: number | null;
  pathValue: number | null;
  projection: number | null;
  partial: boolean;
}

/** The chart's rows: every year of the series, the projection drawn from the last value. */
export function seriesRows(series: Series): Row[] {
  const rows: Row[] = series.years.map((y) => ({
    year: y.year,
    value: y.value,
    pathValue: y.pathValue,
    projection: null,
    partial: y.value != null && y.reported < y.expected,
  }));
  const projection = series.projection;
  if (projection) {
    const last = [...rows].reverse().find((r) => r.value != null);
    if (last && last.year < projection.year) last.projection = last.value;
    const target = rows.find((r) => r.year === projection.year);
    if (target) target.projection = projection.value;
    else
      rows.push({
        year: projection.year,
        value: null,
        pathValue: null,
        projection: projection.value,
        partial: false,
      });
  }
  return rows;
}

/** One mark per year with organisation changes, dated by the first of them. */
function changeYears(series: Series): [number, string][] {
  const years = new Map<number, string>();
  for (const change of series.changes) {
    const year = Number(change.effectiveDate.slice(0, 4));
    if (!years.has(year)) years.set(year, change.effectiveDate);
  }
  return [...years];
}

interface DotProps {
  cx?: number;
  cy?: number;
  payload?: Row;
  index?: number;
}

/** A reported value: blue, or hollow orange when not every area has reported. */
function ValueDot({ cx, cy, payload, index }: DotProps) {
  if (cx == null || cy == null || payload?.value == null) return <g key={index} />;
  return payload.partial ? (
    <circle key={index} cx={cx} cy={cy} r={5} fill="#fff" stroke={ORANGE} strokeWidth={2} />
  ) : (
    <circle key={index} cx={cx} cy={cy} r={4} fill={BLUE} stroke={BLUE} />
  );
}

/** The rolled-up value per year against the target band, the path and the projection. */
export function SeriesChart({ series }: { series: Series }) {
  const { t, i18n } = useTranslation();
  const rows = seriesRows(series);
  const percent = (value: unknown) =>
    typeof value === 'number' ? `${formatPercent(value, i18n.language)} %` : '';
  return (
    <ResponsiveContainer width="100%" height={320}>
      <ComposedChart data={rows} margin={{ top: 16, right: 24, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="year" />
        <YAxis domain={[0, 100]} unit="%" width={56} />
        <ReferenceArea
          y1={series.targetLow}
          y2={series.targetHigh ?? 100}
          fill={GREEN}
          fillOpacity={0.15}
          ifOverflow="extendDomain"
          label={{ value: t('indicators.legendTarget'), position: 'insideTopLeft', fill: GREEN }}
        />
        <ReferenceLine x={series.targetYear} stroke={GREEN} strokeDasharray="4 4" />
        {changeYears(series).map(([year, date]) => (
          <ReferenceLine
            key={year}
            x={year}
            stroke={ORANGE}
            strokeDasharray="2 2"
            label={{
              value: t('indicators.orgChangeMark', { date: formatDate(date) }),
              position: 'insideTopRight',
              fill: ORANGE,
            }}
          />
        ))}
        <Tooltip formatter={(value) => percent(value)} labelFormatter={(year) => `${year}`} />
        <Legend />
        <Line
          type="linear"
          dataKey="pathValue"
          name={t('indicators.legendPath')}
          stroke={GREY}
          strokeDasharray="6 4"
          dot={false}
          connectNulls
          isAnimationActive={false}
        />
        <Line
          type="linear"
          dataKey="value"
          name={t('indicators.legendReported')}
          stroke={BLUE}
          strokeWidth={2}
          dot={(props: DotProps) => <ValueDot {...props} />}
          connectNulls
          isAnimationActive={false}
        />
        <Line
          type="linear"
          dataKey="projection"
          name={t('indicators.legendProjection')}
          stroke={PURPLE}
          strokeDasharray="2 4"
          dot={{ r: 3 }}
          connectNulls
          isAnimationActive={false}
        />
      </ComposedChart>
    </ResponsiveContainer>
  );
}

/** Each area's value in a year as a bar, the target's low end as a line. */
export function ComparisonChart({ values, targetLow }: { values: AreaValue[]; targetLow: number }) {
  const { t, i18n } = useTranslation();
  const rows = values.map((v) => ({ name: v.unit.shortName ?? v.unit.name, value: v.value }));
  return (
    <ResponsiveContainer width="100%" height={Math.max(160, rows.length * 32 + 48)}>
      <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis type="number" domain={[0, 100]} unit="%" />
        <YAxis type="category" dataKey="name" width={170} />
        <Tooltip
          formatter={(value) =>
            typeof value === 'number'
              ? `${formatPercent(value, i18n.language)} %`
              : t('indicators.notReported')
          }
        />
        <ReferenceLine x={targetLow} stroke={GREEN} strokeDasharray="4 4" />
        <Bar dataKey="value" name={t('indicators.value')} isAnimationActive={false}>
          {rows.map((row) => (
            <Cell
              key={row.name}
              fill={row.value != null && row.value >= targetLow ? GREEN : BLUE}
            />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
