import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistorySubject } from '../api/get-history';

// The drawer (and Ant Design's Drawer) loads when a history is first opened.
const HistoryDrawer = lazy(() =>
  import('../components/history-drawer').then((m) => ({ default: m.HistoryDrawer })),
);

/**
 * One history drawer for a page: `open` shows a subject's history (`openTask` a task's), and
 * `drawer` renders it.
 */
export function useHistoryDrawer() {
  const { t } = useTranslation();
  const [shown, setShown] = useState<{ subject: HistorySubject; name: string }>();
  const drawer = shown ? (
    <Suspense fallback={null}>
      <HistoryDrawer
        key={`${shown.subject.type}-${shown.subject.id}`}
        subject={shown.subject}
        name={shown.name}
        onClose={() => setShown(undefined)}
      />
    </Suspense>
  ) : null;
  const open = (subject: HistorySubject, name: string) => setShown({ subject, name });
  const openTask = (task: { id: number; code: string }) =>
    open({ type: 'task', id: task.id }, t('history.taskName', { code: task.code }));
  return { open, openTask, drawer };
}
