import { Empty, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import type { Notification, NotificationItem, ReminderKind } from '@/types/api';
import { formatDate } from '@/utils/format';

const { Text } = Typography;

const KIND_COLORS: Record<ReminderKind, string> = {
  DUE_SOON: 'blue',
  DUE_TODAY: 'orange',
  OVERDUE: 'red',
  RETURNED: 'volcano',
  MISSING_REPORTS: 'magenta',
};

/** A report's page when the item is about one, else the period's. */
function itemHref(item: NotificationItem) {
  return item.reportId !== null
    ? paths.report.getHref(item.reportId)
    : paths.period.getHref(item.periodId);
}

export interface NotificationListProps {
  notifications: Notification[];
  /** Digests to mark "Mới": those unread when the list was opened. */
  fresh: ReadonlySet<number>;
  /** Called when a link is followed (to close the drawer). */
  onNavigate: () => void;
}

/** Reminder digests by day, each item with its kind and a link to what it is about. */
export function NotificationList({ notifications, fresh, onNavigate }: NotificationListProps) {
  const { t } = useTranslation();
  if (notifications.length === 0) return <Empty description={t('notifications.empty')} />;
  return (
    <ul className="plain-list" data-testid="notification-list">
      {notifications.map((digest) => (
        <li key={digest.id} data-testid={`notification-${digest.id}`}>
          <Flex gap={8} align="center" style={{ marginBottom: 4 }}>
            <Text strong data-testid="notification-date">
              {formatDate(digest.digestDate)}
            </Text>
            {fresh.has(digest.id) && <Tag color="green">{t('notifications.new')}</Tag>}
          </Flex>
          <ul style={{ margin: 0, paddingInlineStart: 0, listStyle: 'none' }}>
            {digest.items.map((item, index) => (
              <li key={index} style={{ marginBottom: 4 }} data-testid="notification-item">
                <Tag color={KIND_COLORS[item.kind]}>{t(`notifications.kind.${item.kind}`)}</Tag>
                <Link to={itemHref(item)} onClick={onNavigate}>
                  {item.text}
                </Link>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
