import { ImportOutlined } from '@ant-design/icons';
import { Button, Flex, Pagination, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { ADMIN_ONLY } from '@/config/navigation';
import { paths } from '@/config/paths';
import { PLAN_PAGE_SIZE } from '@/config/query';
import { useCurrentUser } from '@/features/auth/hooks/use-current-user';
import { usePlans } from '@/features/plans/api/get-plans';
import { PlansList } from '@/features/plans/components/plans-list';

/** "/plans": every plan, paged. */
export function PlansRoute() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [page, setPage] = useState(0);
  const plans = usePlans({ page, size: PLAN_PAGE_SIZE });
  if (plans.isPending) return <Skeleton active />;
  if (plans.isError) return <ErrorAlert error={plans.error} onRetry={() => void plans.refetch()} />;
  return (
    <>
      {ADMIN_ONLY.includes(user.role) && (
        <Flex justify="flex-end" style={{ marginBottom: 12 }}>
          <Link to={paths.planImportNew.getHref()} data-testid="plans-import">
            <Button icon={<ImportOutlined />}>{t('planImport.openButton')}</Button>
          </Link>
        </Flex>
      )}
      <PlansList plans={plans.data.items} />
      {plans.data.totalPages > 1 && (
        <Pagination
          style={{ marginTop: 16, textAlign: 'center' }}
          current={page + 1}
          pageSize={PLAN_PAGE_SIZE}
          total={plans.data.totalItems}
          showSizeChanger={false}
          onChange={(p) => setPage(p - 1)}
        />
      )}
    </>
  );
}
