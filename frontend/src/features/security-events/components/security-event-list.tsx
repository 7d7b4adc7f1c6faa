import { Empty, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SecurityEvent, SecurityEventKind } from '@/types/api';
import { formatDateTime } from '@/utils/format';

const { Text } = Typography;

const ALARMING: readonly SecurityEventKind[] = [
  'LOGIN_FAILED',
  'LOGIN_THROTTLED',
  'ACCESS_DENIED',
  'OTP_FAILED',
  'SECOND_FACTOR_RESET',
];

/** One line per event: when, what, who, from where, on which request. */
export function SecurityEventList({ events }: { events: SecurityEvent[] }) {
  const { t } = useTranslation();
  if (events.length === 0) return <Empty description={t('securityEvents.empty')} />;
  return (
    <ul className="plain-list" data-testid="security-event-list">
      {events.map((event) => (
        <li key={event.id} data-testid={`security-event-${event.id}`}>
          <Flex gap={8} wrap align="center">
            <Text strong>{formatDateTime(event.at)}</Text>
            <Tag color={ALARMING.includes(event.kind) ? 'red' : 'blue'}>
              {t(`securityEvents.kind.${event.kind}`)}
            </Tag>
            <Text>{event.username ?? t('securityEvents.anonymous')}</Text>
            {event.ip && <Text type="secondary">{event.ip}</Text>}
          </Flex>
          {event.path && (
            <Text type="secondary" code style={{ wordBreak: 'break-all' }}>
              {event.method} {event.path}
            </Text>
          )}
        </li>
      ))}
    </ul>
  );
}
