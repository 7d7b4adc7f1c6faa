import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Compliance } from '@/types/api';

/** "5/13 đã nộp · 1 trễ · 8 chưa nộp". */
export function ComplianceText({ compliance }: { compliance: Compliance }) {
  const { t } = useTranslation();
  return (
    <Typography.Text data-testid="compliance-summary">
      {t('reports.summary', compliance)}
    </Typography.Text>
  );
}

/** The compliance figures in the order the UI shows them. */
export const COMPLIANCE_FIGURES = [
  'expected',
  'submitted',
  'onTime',
  'late',
  'missing',
  'returned',
  'accepted',
] as const satisfies readonly (keyof Compliance)[];

/** Every compliance figure of a period, in a grid that wraps on a phone. */
export function ComplianceFigures({ compliance }: { compliance: Compliance }) {
  const { t } = useTranslation();
  return (
    <Card size="small" data-testid="compliance-figures">
      <Row gutter={[16, 8]}>
        {COMPLIANCE_FIGURES.map((key) => (
          <Col key={key} xs={8} sm={6} md={3}>
            <Statistic
              title={t(`reports.compliance.${key}`)}
              value={compliance[key]}
              data-testid={`compliance-${key}`}
            />
          </Col>
        ))}
      </Row>
    </Card>
  );
}
