import { Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import { useUnitTree } from '@/features/units/api/get-unit-tree';
import { UnitTreeView } from '@/features/units/components/unit-tree-view';

/** "/units": the unit tree and the unit groups. */
export function UnitsRoute() {
  const { t } = useTranslation();
  const tree = useUnitTree();
  if (tree.isPending) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (tree.isError) return <ErrorAlert error={tree.error} onRetry={() => void tree.refetch()} />;
  return (
    <>
      <title>{`${t('units.title')} – ${t('app.title')}`}</title>
      <UnitTreeView tree={tree.data} />
    </>
  );
}
