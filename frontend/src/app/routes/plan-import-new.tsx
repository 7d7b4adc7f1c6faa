import { useQueryClient } from '@tanstack/react-query';
import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { getPlanImportQueryOptions } from '@/features/plan-import/api/get-plan-import';
import { getDraftImportsQueryOptions } from '@/features/plan-import/api/get-plan-imports';
import { ImportForm } from '@/features/plan-import/components/import-form';
import { PendingDrafts } from '@/features/plan-import/components/pending-drafts';

/** "/plan-imports/new" (administrators): a plan document, uploaded or pasted, read into a draft. */
export function PlanImportNewRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  return (
    <>
      <title>{`${t('planImport.newTitle')} – ${t('app.title')}`}</title>
      <Link to={paths.plans.getHref()}>{t('plan.list')}</Link>
      <Typography.Title level={3} style={{ margin: '4px 0 12px' }} data-testid="import-heading">
        {t('planImport.newTitle')}
      </Typography.Title>
      <Card>
        <ImportForm
          onCreated={(view) => {
            // The answer is the draft: the review page needs no second request.
            queryClient.setQueryData(getPlanImportQueryOptions(view.id).queryKey, view);
            void queryClient.invalidateQueries({
              queryKey: getDraftImportsQueryOptions().queryKey,
            });
            void navigate(paths.planImport.getHref(view.id));
          }}
        />
      </Card>
      <PendingDrafts />
    </>
  );
}
