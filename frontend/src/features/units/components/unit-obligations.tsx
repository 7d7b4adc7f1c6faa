import { Card, Empty, Flex, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RoleTag } from '@/components/ui/role-tag';
import { TimeframeBadge } from '@/components/ui/timeframe-badge';
import { paths } from '@/config/paths';
import type { Obligation } from '@/types/api';

export interface PlanLabel {
  id: number;
  label: string;
}

/** Groups obligations by plan, keeping the API's order inside each plan. */
export function groupByPlan(obligations: Obligation[]): Map<number, Obligation[]> {
  const byPlan = new Map<number, Obligation[]>();
  for (const obligation of obligations) {
    const list = byPlan.get(obligation.planId) ?? [];
    list.push(obligation);
    byPlan.set(obligation.planId, list);
  }
  return byPlan;
}

export interface UnitObligationsProps {
  unitId: number;
  obligations: Obligation[];
  /** Titles of the plans, supplied by the page; unknown plans show "Kế hoạch #id". */
  plans: PlanLabel[];
  /** Buttons the page adds to each task (e.g. its history). */
  taskActions?: (task: Obligation['task']) => ReactNode;
}

/** "Nhiệm vụ của đơn vị": what a unit owes, per plan, with its role and timeframe. */
export function UnitObligations({ unitId, obligations, plans, taskActions }: UnitObligationsProps) {
  const { t } = useTranslation();
  if (obligations.length === 0) return <Empty description={t('units.noObligations')} />;
  const labels = new Map(plans.map((p) => [p.id, p.label]));
  return (
    <div data-testid="unit-obligations">
      {[...groupByPlan(obligations)].map(([planId, items]) => (
        <Card
          key={planId}
          size="small"
          style={{ marginBottom: 16 }}
          data-testid={`obligations-plan-${planId}`}
          title={
            <span style={{ whiteSpace: 'normal' }}>
              {labels.get(planId) ?? t('units.planFallback', { id: planId })}
            </span>
          }
        >
          <Link
            to={paths.plan.getHref(planId, { unit: String(unitId) })}
            data-testid={`view-in-plan-${planId}`}
          >
            {t('units.viewInPlan')} →
          </Link>
          <ul className="plain-list">
            {items.map((o) => (
              <li
                key={`${o.task.id}-${o.role}-${o.viaGroup?.id ?? 0}-${o.viaPredecessor?.id ?? 0}`}
                data-testid={`obligation-${o.task.code}`}
              >
                <div>
                  <Flex gap={8} align="center" wrap style={{ marginBottom: 4 }}>
                    <Tag className="task-code">{o.task.code}</Tag>
                    <RoleTag role={o.role} viaGroup={o.viaGroup} />
                    <TimeframeBadge timeframe={o.timeframe} dueDate={o.dueDate} />
                    {o.viaPredecessor && (
                      <Tag data-testid="via-predecessor">
                        {t('units.viaPredecessor', {
                          name: o.viaPredecessor.shortName ?? o.viaPredecessor.name,
                        })}
                      </Tag>
                    )}
                    <span style={{ marginInlineStart: 'auto' }}>{taskActions?.(o.task)}</span>
                  </Flex>
                  <Typography.Paragraph style={{ margin: 0 }}>{o.task.text}</Typography.Paragraph>
                </div>
              </li>
            ))}
          </ul>
        </Card>
      ))}
    </div>
  );
}
