import { Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { paths } from '@/config/paths';
import { useOrgChange } from '@/features/org-changes/api/get-org-change';
import { OrgChangeDetail } from '@/features/org-changes/components/org-change-detail';
import { LazyNotFoundRoute } from './not-found-lazy';

function OrgChangePage({ changeId }: { changeId: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const change = useOrgChange(changeId);
  return (
    <>
      <title>{`${t('orgChanges.title')} – ${t('app.title')}`}</title>
      <p>
        <Link to={paths.orgChanges.getHref()}>← {t('orgChanges.back')}</Link>
      </p>
      {change.isPending ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : change.isError ? (
        <ErrorAlert error={change.error} onRetry={() => void change.refetch()} />
      ) : (
        <OrgChangeDetail
          change={change.data}
          onUndone={() => void navigate(paths.orgChanges.getHref(), { replace: true })}
        />
      )}
    </>
  );
}

/** "/org-changes/:changeId": one change, with Undo while the server allows it. */
export function OrgChangeRoute() {
  const changeId = Number(useParams().changeId);
  if (!Number.isSafeInteger(changeId) || changeId <= 0) return <LazyNotFoundRoute />;
  return <OrgChangePage key={changeId} changeId={changeId} />;
}
