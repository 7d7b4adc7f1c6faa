import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Drawer, Skeleton } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import { useNotifications } from '../api/get-notifications';
import { useMarkNotificationRead } from '../api/mark-notification-read';
import { NotificationList } from './notification-list';

/**
 * The header's bell: a badge with the unread digests on the first page, and a drawer listing the
 * digests; the unread ones shown are marked read.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const notifications = useNotifications();
  const markRead = useMarkNotificationRead();
  const [open, setOpen] = useState(false);
  // Unread when the drawer opened: they keep their "Mới" tag while it stays open.
  const [fresh, setFresh] = useState<ReadonlySet<number>>(new Set());
  const requested = useRef(new Set<number>());
  const items = notifications.data?.items;
  const unread = items?.filter((n) => n.readAt === null).length ?? 0;

  useEffect(() => {
    if (!open || !items) return;
    for (const digest of items) {
      if (digest.readAt !== null || requested.current.has(digest.id)) continue;
      requested.current.add(digest.id);
      markRead.mutate(digest.id);
    }
  }, [open, items, markRead]);

  const show = () => {
    setFresh(new Set(items?.filter((n) => n.readAt === null).map((n) => n.id)));
    setOpen(true);
  };

  return (
    <>
      <Badge count={unread} size="small" offset={[-4, 4]}>
        <Button
          type="text"
          icon={<BellOutlined style={{ color: '#fff', fontSize: 18 }} />}
          onClick={show}
          aria-label={t('notifications.bell', { count: unread })}
          data-testid="notifications-bell"
          data-unread={unread}
        />
      </Badge>
      <Drawer
        open={open}
        onClose={() => setOpen(false)}
        title={t('notifications.title')}
        size="min(480px, 100vw)"
        data-testid="notifications-drawer"
      >
        {notifications.isPending ? (
          <Skeleton active paragraph={{ rows: 4 }} />
        ) : notifications.isError ? (
          <ErrorAlert error={notifications.error} onRetry={() => void notifications.refetch()} />
        ) : (
          <NotificationList
            notifications={notifications.data.items}
            fresh={fresh}
            onNavigate={() => setOpen(false)}
          />
        )}
      </Drawer>
    </>
  );
}
