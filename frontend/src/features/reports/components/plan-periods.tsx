import { CalendarOutlined, PlusOutlined, WarningOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { paths } from '@/config/paths';
import { usePeriods } from '../api/get-periods';
import { OpenPeriodDialog, type PeriodScopeOptions } from './open-period-dialog';
import { PeriodList } from './period-list';

export interface PlanPeriodsProps {
  planId: number;
  /** Shows "Mở kỳ báo cáo" (administrators and the plan's coordinators). */
  canOpen: boolean;
  /** The tasks and units a new ad hoc or review period may be limited to. */
  scope?: PeriodScopeOptions;
}

/** "Kỳ báo cáo" on the plan page. */
export function PlanPeriods({ planId, canOpen, scope }: PlanPeriodsProps) {
  const { t } = useTranslation();
  const periods = usePeriods(planId);
  const [opening, setOpening] = useState(false);
  return (
    <Card
      size="small"
      style={{ marginBottom: 16 }}
      title={
        <span>
          <CalendarOutlined /> {t('reports.periods')}
        </span>
      }
      extra={
        <Flex gap={8} wrap align="center">
          <Link to={paths.planObstacles.getHref(planId)} data-testid="plan-obstacles-link">
            <WarningOutlined /> {t('reports.viewObstacles')}
          </Link>
          {canOpen && (
            <Button
              size="small"
              icon={<PlusOutlined />}
              onClick={() => setOpening(true)}
              data-testid="open-period"
            >
              {t('reports.openPeriod')}
            </Button>
          )}
        </Flex>
      }
      data-testid="plan-periods"
    >
      {periods.isPending ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : periods.isError ? (
        <ErrorAlert error={periods.error} onRetry={() => void periods.refetch()} />
      ) : (
        <PeriodList periods={periods.data.items} />
      )}
      {opening && (
        <OpenPeriodDialog planId={planId} scope={scope} onClose={() => setOpening(false)} />
      )}
    </Card>
  );
}
