import { Descriptions, Flex, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { UnitLink } from '@/components/ui/party-link';
import type { PlanDetail } from '@/types/api';
import { planDateText, planLabel } from '../utils/plan-text';
import { PlanStatusTag } from './plan-status-tag';

/** The plan's identity: number (or "Số: /KH-UBND" on a draft), date, title, issuer and status. */
export function PlanHeader({ plan, actions }: { plan: PlanDetail; actions?: ReactNode }) {
  const { t } = useTranslation();
  const place = plan.place ? `${plan.place}, ` : '';
  return (
    <header data-testid="plan-header" style={{ marginBottom: 16 }}>
      <Flex wrap gap={8} align="center" justify="space-between">
        <Space wrap size={[8, 4]} align="center">
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="plan-heading">
            {planLabel(plan, t)}
          </Typography.Title>
          <PlanStatusTag status={plan.status} />
          {!plan.number && <Tag color="warning">{t('plan.noNumber')}</Tag>}
        </Space>
        {actions}
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: '4px 0 8px' }} italic>
        {place}
        {planDateText(plan, t)}
      </Typography.Paragraph>
      <Typography.Paragraph strong style={{ fontSize: 16 }} data-testid="plan-title">
        {plan.title}
      </Typography.Paragraph>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'issuer', label: t('plan.issuer'), children: <UnitLink unit={plan.issuer} /> },
          ...(plan.coordinator
            ? [
                {
                  key: 'coordinator',
                  label: t('plan.coordinator'),
                  children: <UnitLink unit={plan.coordinator} />,
                },
              ]
            : []),
        ]}
      />
    </header>
  );
}
