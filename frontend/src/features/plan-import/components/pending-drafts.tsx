import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { formatDateTime } from '@/utils/format';
import { useDraftImports } from '../api/get-plan-imports';

/** Drafts read earlier and not confirmed yet, so a review left halfway can be taken up again. */
export function PendingDrafts() {
  const { t } = useTranslation();
  const drafts = useDraftImports();
  const items = drafts.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Card
      size="small"
      title={t('planImport.pendingTitle', { count: drafts.data?.totalItems ?? items.length })}
      style={{ marginTop: 16 }}
      data-testid="import-pending"
    >
      <ul className="plain-list">
        {items.map((draft) => (
          <li key={draft.id}>
            <Link
              to={paths.planImport.getHref(draft.id)}
              data-testid={`import-pending-${draft.id}`}
            >
              {draft.title ?? t('planImport.untitled')}
            </Link>
            <Typography.Text type="secondary">
              {' '}
              – {draft.sourceName ?? t('planImport.pasted')}, {formatDateTime(draft.createdAt)}
            </Typography.Text>
          </li>
        ))}
      </ul>
    </Card>
  );
}
