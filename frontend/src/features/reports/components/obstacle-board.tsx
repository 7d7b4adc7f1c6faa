import { Alert, Button, Flex, Select, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { paths } from '@/config/paths';
import { OBSTACLE_PAGE_SIZE } from '@/config/query';
import { OBSTACLE_STATUSES, type ObstacleItem, type ObstacleStatus } from '@/types/api';
import { usePeriods } from '../api/get-periods';
import { usePlanObstacles } from '../api/get-plan-obstacles';
import { HandleObstacleDialog, type OwnerOption } from './handle-obstacle-dialog';
import { ObstacleStatusTag } from './obstacle-status-tag';

/** The board opens on what still needs handling. */
export const UNRESOLVED: readonly ObstacleStatus[] = ['OPEN', 'BEING_HANDLED', 'ESCALATED'];

const pre = { whiteSpace: 'pre-wrap' as const };

export interface ObstacleBoardProps {
  planId: number;
  /** The period to start filtered on (coming from a period's page). */
  initialPeriodId?: number;
  /** Shows "Xử lý" on every obstacle, with the owner picker (administrators and coordinators). */
  canHandle: boolean;
  /**
   * The user's units as an officer: "Xử lý" (status and response, not the owner) on the obstacles
   * one of them owns.
   */
  ownUnitIds?: readonly number[];
  /** Units an obstacle can be handed to. */
  owners: OwnerOption[];
}

/** The difficulties raised in a plan's submitted reports, by period and status. */
export function ObstacleBoard({
  planId,
  initialPeriodId,
  canHandle,
  ownUnitIds = [],
  owners,
}: ObstacleBoardProps) {
  const { t } = useTranslation();
  const [periodId, setPeriodId] = useState(initialPeriodId);
  const [statuses, setStatuses] = useState<ObstacleStatus[]>([...UNRESOLVED]);
  const [page, setPage] = useState(0);
  const [handling, setHandling] = useState<ObstacleItem>();
  const [done, setDone] = useState(false);
  const periods = usePeriods(planId);
  const obstacles = usePlanObstacles(planId, { periodId, statuses, page });

  const columns: TableColumnsType<ObstacleItem> = [
    {
      key: 'unit',
      title: t('reports.unit'),
      render: (_, o) => (
        <Flex vertical>
          <Link to={paths.report.getHref(o.reportId)}>{o.unit.name}</Link>
          {periodId === undefined && (
            <Typography.Text type="secondary">{o.periodTitle}</Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      key: 'task',
      title: t('reports.task'),
      render: (_, o) => <span title={o.taskText}>{o.taskCode}</span>,
    },
    {
      key: 'description',
      title: t('reports.obstacleDescription'),
      render: (_, o) => <span style={pre}>{o.description}</span>,
    },
    {
      key: 'proposal',
      title: t('reports.obstacleProposal'),
      render: (_, o) => <span style={pre}>{o.proposal}</span>,
    },
    {
      key: 'status',
      title: t('reports.obstacleStatusLabel'),
      render: (_, o) => <ObstacleStatusTag status={o.status} />,
    },
    {
      key: 'owner',
      title: t('reports.obstacleOwner'),
      render: (_, o) => o.owner?.name,
    },
    {
      key: 'response',
      title: t('reports.obstacleResponse'),
      render: (_, o) => <span style={pre}>{o.response}</span>,
    },
  ];
  const mayHandle = (o: ObstacleItem) =>
    canHandle || (o.owner != null && ownUnitIds.includes(o.owner.id));
  if (canHandle || ownUnitIds.length > 0)
    columns.push({
      key: 'actions',
      title: t('reports.actions'),
      render: (_, o) =>
        mayHandle(o) && (
          <Button
            size="small"
            onClick={() => {
              setDone(false);
              setHandling(o);
            }}
            data-testid={`handle-${o.id}`}
          >
            {t('reports.handle')}
          </Button>
        ),
    });

  return (
    <>
      {done && (
        <Alert
          type="success"
          showIcon
          closable
          title={t('reports.handled')}
          style={{ marginBottom: 12 }}
          data-testid="handle-notice"
        />
      )}
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Select<number>
          allowClear
          value={periodId}
          onChange={(value) => {
            setPeriodId(value);
            setPage(0);
          }}
          placeholder={t('reports.allPeriods')}
          loading={periods.isPending}
          style={{ minWidth: 240 }}
          data-testid="obstacle-period-filter"
          options={(periods.data?.items ?? []).map((p) => ({ value: p.id, label: p.title }))}
        />
        <Select<ObstacleStatus[]>
          mode="multiple"
          allowClear
          value={statuses}
          onChange={(value) => {
            setStatuses(value);
            setPage(0);
          }}
          placeholder={t('reports.allStatuses')}
          style={{ minWidth: 320 }}
          data-testid="obstacle-status-filter"
          options={OBSTACLE_STATUSES.map((value) => ({
            value,
            label: t(`reports.obstacleStatus.${value}`),
          }))}
        />
      </Flex>
      {obstacles.isError ? (
        <ErrorAlert error={obstacles.error} onRetry={() => void obstacles.refetch()} />
      ) : (
        <Table<ObstacleItem>
          size="small"
          rowKey="id"
          loading={obstacles.isFetching}
          columns={columns}
          dataSource={obstacles.data?.items ?? []}
          pagination={{
            current: page + 1,
            pageSize: OBSTACLE_PAGE_SIZE,
            total: obstacles.data?.totalItems ?? 0,
            showSizeChanger: false,
            hideOnSinglePage: true,
            onChange: (p) => setPage(p - 1),
          }}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('reports.noObstacleItems') }}
          onRow={(o) => ({ 'data-testid': `obstacle-row-${o.id}` }) as object}
        />
      )}
      {handling && (
        <HandleObstacleDialog
          obstacle={handling}
          owners={canHandle ? owners : undefined}
          onClose={() => setHandling(undefined)}
          onDone={() => {
            setHandling(undefined);
            setDone(true);
          }}
        />
      )}
    </>
  );
}
