import { Alert, Button, message, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { paths } from '@/config/paths';
import { useEditPlanImport } from '@/features/plan-import/api/edit-plan-import';
import { usePlanImport } from '@/features/plan-import/api/get-plan-import';
import { ImportReview } from '@/features/plan-import/components/import-review';
import { LazyNotFoundRoute } from './not-found-lazy';

function PlanImportPage({ importId }: { importId: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const draft = usePlanImport(importId);
  const edit = useEditPlanImport(importId);
  // Units picked by search are written into the draft by id; remember their names for display.
  const [pickedNames, setPickedNames] = useState<Record<number, string>>({});
  const [messages, messageHolder] = message.useMessage();
  if (draft.isPending) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (draft.isError) return <ErrorAlert error={draft.error} onRetry={() => void draft.refetch()} />;
  const view = draft.data;
  const heading = (
    <>
      <title>{`${t('planImport.reviewTitle')} – ${t('app.title')}`}</title>
      {messageHolder}
      <Link to={paths.plans.getHref()}>{t('plan.list')}</Link>
      <Typography.Title level={3} style={{ margin: '4px 0 12px' }} data-testid="import-heading">
        {view.plan.title ?? t('planImport.reviewTitle')}
      </Typography.Title>
    </>
  );
  if (view.status === 'CONFIRMED')
    return (
      <>
        {heading}
        <Alert
          type="success"
          showIcon
          data-testid="import-confirmed"
          title={t('planImport.alreadyConfirmed')}
          action={
            view.planId != null && (
              <Link to={paths.plan.getHref(view.planId)} data-testid="import-plan-link">
                <Button type="primary">{t('planImport.openPlan')}</Button>
              </Link>
            )
          }
        />
      </>
    );
  const mutation = [edit.save, edit.confirm, edit.discard].find((m) => m.isError);
  return (
    <>
      {heading}
      <ImportReview
        key={view.version}
        view={view}
        pickedNames={pickedNames}
        onPicked={({ id, name }) => setPickedNames((names) => ({ ...names, [id]: name }))}
        onSave={(input) => {
          edit.confirm.reset();
          edit.discard.reset();
          edit.save.mutate(input, {
            onSuccess: () => void messages.success(t('planImport.saved')),
          });
        }}
        onConfirm={() => {
          edit.save.reset();
          edit.discard.reset();
          edit.confirm.mutate(view.version, {
            onSuccess: (confirmed) => {
              if (confirmed.planId == null) return;
              // The static message outlives this page (a hook's holder would unmount with it).
              void message.success(t('planImport.confirmed'));
              void navigate(paths.plan.getHref(confirmed.planId));
            },
          });
        }}
        onDiscard={() => {
          edit.save.reset();
          edit.confirm.reset();
          edit.discard.mutate(view.version, {
            onSuccess: () => {
              void message.success(t('planImport.discarded'));
              void navigate(paths.plans.getHref());
            },
          });
        }}
        saving={edit.save.isPending}
        confirming={edit.confirm.isPending}
        discarding={edit.discard.isPending}
        error={mutation?.error}
      />
    </>
  );
}

/** "/plan-imports/:importId" (administrators): check and correct a draft, then make it a plan. */
export function PlanImportRoute() {
  const importId = Number(useParams().importId);
  if (!Number.isSafeInteger(importId) || importId <= 0) return <LazyNotFoundRoute />;
  return <PlanImportPage key={importId} importId={importId} />;
}
