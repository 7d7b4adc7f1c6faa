import { Card, Empty, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import type { PlanSummary } from '@/types/api';
import { planDateText, planLabel } from '../utils/plan-text';
import { PlanStatusTag } from './plan-status-tag';

/** All plans, newest first as the API orders them. */
export function PlansList({ plans }: { plans: PlanSummary[] }) {
  const { t } = useTranslation();
  return (
    <Card title={t('plan.list')} size="small">
      {plans.length === 0 ? (
        <Empty description={t('plan.empty')} />
      ) : (
        <ul className="plain-list">
          {plans.map((plan) => (
            <li key={plan.id}>
              <div>
                <Space wrap size={[8, 4]}>
                  <Link to={paths.plan.getHref(plan.id)} data-testid={`plan-link-${plan.id}`}>
                    <Typography.Text strong>{planLabel(plan, t)}</Typography.Text>
                  </Link>
                  <Typography.Text type="secondary">
                    {plan.issuer.shortName ?? plan.issuer.name}, {planDateText(plan, t)}
                  </Typography.Text>
                  <PlanStatusTag status={plan.status} />
                </Space>
                <Typography.Paragraph style={{ margin: '4px 0 0' }}>
                  {plan.title}
                </Typography.Paragraph>
              </div>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
