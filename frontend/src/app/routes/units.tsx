import { DatePicker, Flex, Skeleton, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { useUnitTree } from '@/features/units/api/get-unit-tree';
import { UnitTreeView } from '@/features/units/components/unit-tree-view';

/** "/units": the unit tree (as of a chosen day, today by default) and the unit groups. */
export function UnitsRoute() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const asOf = search.get('asOf') ?? undefined;
  const tree = useUnitTree(asOf);
  return (
    <>
      <title>{`${t('units.title')} – ${t('app.title')}`}</title>
      <Flex gap={8} align="center" wrap style={{ marginBottom: 12 }}>
        <Typography.Text>{t('units.asOf')}</Typography.Text>
        <DatePicker
          format="DD/MM/YYYY"
          aria-label={t('units.asOf')}
          placeholder={t('units.today')}
          data-testid="units-as-of"
          value={asOf ? dayjs(asOf) : null}
          onChange={(date) =>
            setSearch(date ? { asOf: date.format('YYYY-MM-DD') } : {}, { replace: true })
          }
        />
      </Flex>
      {tree.isPending ? (
        <Skeleton active paragraph={{ rows: 10 }} />
      ) : tree.isError ? (
        <ErrorAlert error={tree.error} onRetry={() => void tree.refetch()} />
      ) : (
        <UnitTreeView tree={tree.data} />
      )}
    </>
  );
}
