import { Button, Drawer, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import { useHistory, type HistorySubject } from '../api/get-history';
import { HistoryList } from './history-list';

export interface HistoryDrawerProps {
  subject: HistorySubject;
  /** What the history is of ("Kế hoạch – Số: /KH-UBND", "nhiệm vụ 3.a.8"). */
  name: string;
  onClose: () => void;
}

/** "Lịch sử thay đổi" of a plan or a task, a page at a time. */
export function HistoryDrawer({ subject, name, onClose }: HistoryDrawerProps) {
  const { t } = useTranslation();
  const history = useHistory(subject);
  return (
    <Drawer
      open
      onClose={onClose}
      title={<span style={{ whiteSpace: 'normal' }}>{t('history.titleOf', { name })}</span>}
      size="min(560px, 100vw)"
      data-testid="history-drawer"
    >
      {history.isPending ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : history.isError ? (
        <ErrorAlert error={history.error} onRetry={() => void history.refetch()} />
      ) : (
        <>
          <HistoryList entries={history.data.pages.flatMap((page) => page.items)} />
          {history.hasNextPage && (
            <Button
              block
              loading={history.isFetchingNextPage}
              onClick={() => void history.fetchNextPage()}
              data-testid="history-load-more"
            >
              {t('history.loadMore')}
            </Button>
          )}
        </>
      )}
    </Drawer>
  );
}
