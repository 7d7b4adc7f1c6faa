import { Empty, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import type { Period } from '@/types/api';
import { formatDate } from '@/utils/format';
import { isPeriodOpen } from '../utils/report-rules';
import { ComplianceText } from './compliance-summary';

const { Text } = Typography;

/** A plan's periods: title, window, due date and how many reports are in. */
export function PeriodList({ periods }: { periods: Period[] }) {
  const { t } = useTranslation();
  if (periods.length === 0) return <Empty description={t('reports.noPeriods')} />;
  return (
    <ul className="plain-list" data-testid="period-list">
      {periods.map((period) => (
        <li key={period.id} data-testid={`period-${period.id}`}>
          <Flex gap={8} wrap align="center">
            <Link to={paths.period.getHref(period.id)}>
              <Text strong>{period.title}</Text>
            </Link>
            <Tag>{t(`reports.kind.${period.kind}`)}</Tag>
            {isPeriodOpen(period) && <Tag color="green">{t('reports.openNow')}</Tag>}
          </Flex>
          <Flex gap={16} wrap style={{ marginTop: 4 }}>
            <Text type="secondary">
              {t('reports.window')}:{' '}
              {t('reports.windowRange', {
                start: formatDate(period.windowStart),
                end: formatDate(period.windowEnd),
              })}
            </Text>
            <Text type="secondary">{t('reports.dueOn', { date: formatDate(period.dueDate) })}</Text>
          </Flex>
          <div style={{ marginTop: 4 }}>
            <ComplianceText compliance={period.compliance} />
          </div>
        </li>
      ))}
    </ul>
  );
}
