import { Card, Empty, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { paths } from '@/config/paths';
import type { LineageStep } from '@/types/api';
import { formatDate } from '@/utils/format';
import { useUnitLineage } from '../api/get-unit-lineage';
import { UnitRefs } from './unit-refs';

function Step({ step, side }: { step: LineageStep; side: 'before' | 'after' }) {
  const { t } = useTranslation();
  // Before: where the unit came from; after: what it went into.
  const others = side === 'before' ? step.from : step.to;
  return (
    <div data-testid={`lineage-${side}-${step.changeId}`}>
      <Link to={paths.orgChange.getHref(step.changeId)}>
        {t('orgChanges.lineage.step', {
          date: formatDate(step.effectiveDate),
          kind: t(`orgChanges.kind.${step.kind}`),
          number: step.basisNumber,
        })}
      </Link>
      <div>
        <Typography.Text type="secondary">{t(`orgChanges.lineage.${side}`)}: </Typography.Text>
        <UnitRefs units={others} />
      </div>
    </div>
  );
}

/** A unit's predecessors and successors through time, oldest first, with links. */
export function UnitLineageCard({ unitId }: { unitId: number }) {
  const { t } = useTranslation();
  const lineage = useUnitLineage(unitId);
  const items = lineage.data
    ? [
        ...lineage.data.before.map((step) => ({ step, side: 'before' as const })),
        ...lineage.data.after.map((step) => ({ step, side: 'after' as const })),
      ].sort((a, b) => (a.step.effectiveDate < b.step.effectiveDate ? -1 : 1))
    : [];
  return (
    <Card
      size="small"
      title={t('orgChanges.lineage.title')}
      data-testid="unit-lineage"
      style={{ marginBottom: 16 }}
    >
      {lineage.isPending ? null : lineage.isError ? (
        <ErrorAlert error={lineage.error} onRetry={() => void lineage.refetch()} />
      ) : items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('orgChanges.lineage.empty')} />
      ) : (
        <Timeline
          items={items.map(({ step, side }) => ({
            key: `${side}-${step.changeId}`,
            color: side === 'before' ? 'gray' : 'blue',
            content: <Step step={step} side={side} />,
          }))}
        />
      )}
    </Card>
  );
}
