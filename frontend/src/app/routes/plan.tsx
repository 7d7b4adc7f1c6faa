import { LineChartOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { Card, DatePicker, Flex, Skeleton, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { paths } from '@/config/paths';
import { TASK_PAGE_SIZE } from '@/config/query';
import { useCurrentUser } from '@/features/auth/hooks/use-current-user';
import { HistoryButton } from '@/features/history/components/history-button';
import { useHistoryDrawer } from '@/features/history/hooks/use-history-drawer';
import { usePlan } from '@/features/plans/api/get-plan';
import { PlanHeader } from '@/features/plans/components/plan-header';
import { PlanReferences } from '@/features/plans/components/plan-references';
import { PlanTargets } from '@/features/plans/components/plan-targets';
import { planLabel } from '@/features/plans/utils/plan-text';
import { PlanPeriods } from '@/features/reports/components/plan-periods';
import { canManageReporting } from '@/features/reports/utils/report-rules';
import { useTaskTree } from '@/features/tasks/api/get-task-tree';
import { useTasks } from '@/features/tasks/api/get-tasks';
import { OverdueTasks } from '@/features/tasks/components/overdue-tasks';
import { TaskFilterBar } from '@/features/tasks/components/task-filter-bar';
import { TaskList } from '@/features/tasks/components/task-list';
import { TaskTree, type TaskActions } from '@/features/tasks/components/task-tree';
import { useTaskFilters } from '@/features/tasks/hooks/use-task-filters';
import { hasActiveFilters } from '@/features/tasks/utils/task-filters';
import { useUnitTree } from '@/features/units/api/get-unit-tree';
import { UnitSelect } from '@/features/units/components/unit-select';
import { LazyNotFoundRoute } from './not-found-lazy';

function PlanTasks({ planId, taskActions }: { planId: number; taskActions: TaskActions }) {
  const { t } = useTranslation();
  const { filters, update, clear } = useTaskFilters();
  const filtered = hasActiveFilters(filters);

  const tree = useTaskTree(planId, !filtered, filters.asOf);
  const tasks = useTasks(
    {
      planId,
      asOf: filters.asOf,
      unitId: filters.unitId,
      groupId: filters.groupId,
      role: filters.role,
      timeframe: filters.timeframe,
      q: filters.q,
      page: filters.page,
      size: TASK_PAGE_SIZE,
    },
    filtered,
  );

  const query = filtered ? tasks : tree;
  let body;
  if (query.isPending) body = <Skeleton active paragraph={{ rows: 8 }} />;
  else if (query.isError)
    body = <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  else if (!filtered && tree.data) body = <TaskTree nodes={tree.data} actions={taskActions} />;
  else if (tasks.data)
    body = (
      <TaskList
        rows={tasks.data.items}
        total={tasks.data.totalItems}
        page={filters.page}
        pageSize={TASK_PAGE_SIZE}
        onPageChange={(page) => update({ page })}
        loading={tasks.isFetching}
        actions={taskActions}
      />
    );

  return (
    <Card
      size="small"
      title={
        <span>
          <UnorderedListOutlined /> {t('plan.tasks')}
        </span>
      }
      data-testid="plan-tasks"
    >
      <Flex gap={8} align="center" wrap style={{ marginBottom: 12 }}>
        <Typography.Text>{t('tasks.asOf')}</Typography.Text>
        <DatePicker
          format="DD/MM/YYYY"
          aria-label={t('tasks.asOf')}
          placeholder={t('tasks.today')}
          data-testid="plan-as-of"
          value={filters.asOf ? dayjs(filters.asOf) : null}
          onChange={(date) => update({ asOf: date ? date.format('YYYY-MM-DD') : undefined })}
        />
      </Flex>
      <div style={{ marginBottom: 16 }}>
        <TaskFilterBar
          filters={filters}
          onChange={update}
          onClear={clear}
          unitFilter={
            <UnitSelect
              value={
                filters.unitId
                  ? { type: 'UNIT', id: filters.unitId }
                  : filters.groupId
                    ? { type: 'GROUP', id: filters.groupId }
                    : undefined
              }
              onChange={(selection) =>
                update({
                  unitId: selection?.type === 'UNIT' ? selection.id : undefined,
                  groupId: selection?.type === 'GROUP' ? selection.id : undefined,
                })
              }
            />
          }
        />
      </div>
      {body}
    </Card>
  );
}

function PlanPage({ planId }: { planId: number }) {
  const { t } = useTranslation();
  const plan = usePlan(planId);
  const user = useCurrentUser();
  const history = useHistoryDrawer();
  const canOpen = plan.data ? canManageReporting(user, plan.data.coordinator?.id) : false;
  // For the scope of a new period: the tree is shared with the task list's cache.
  const taskTree = useTaskTree(planId, canOpen);
  const unitTree = useUnitTree();
  const scope =
    taskTree.data && unitTree.data
      ? { tasks: taskTree.data, units: unitTree.data.units }
      : undefined;
  const taskActions: TaskActions = (task) => (
    <HistoryButton taskCode={task.code} onClick={() => history.openTask(task)} />
  );
  if (plan.isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (plan.isError) return <ErrorAlert error={plan.error} onRetry={() => void plan.refetch()} />;
  return (
    <>
      <title>{`${planLabel(plan.data, t)} – ${t('app.title')}`}</title>
      <PlanHeader
        plan={plan.data}
        actions={
          <HistoryButton
            onClick={() => history.open({ type: 'plan', id: planId }, planLabel(plan.data, t))}
          />
        }
      />
      <PlanTargets
        targets={plan.data.targets}
        extra={
          plan.data.targets.some((target) => target.kind === 'QUANTITATIVE') && (
            <Link to={paths.planIndicators.getHref(planId)} data-testid="plan-indicators-link">
              <LineChartOutlined /> {t('indicators.open')}
            </Link>
          )
        }
      />
      <PlanReferences plan={plan.data} />
      <PlanPeriods planId={planId} canOpen={canOpen} scope={scope} />
      <OverdueTasks planId={planId} />
      <PlanTasks planId={planId} taskActions={taskActions} />
      {history.drawer}
    </>
  );
}

/** "/plans/:planId": the plan, its targets, reporting periods and tasks, filterable by unit, role, time, text. */
export function PlanRoute() {
  const planId = Number(useParams().planId);
  if (!Number.isSafeInteger(planId) || planId <= 0) return <LazyNotFoundRoute />;
  return <PlanPage planId={planId} />;
}
