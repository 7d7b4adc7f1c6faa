import { Pagination, Skeleton } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '@/components/ui/error-alert';
import { PLAN_PAGE_SIZE } from '@/config/query';
import { usePlans } from '@/features/plans/api/get-plans';
import { PlansList } from '@/features/plans/components/plans-list';

/** "/plans": every plan, paged. */
export function PlansRoute() {
  const [page, setPage] = useState(0);
  const plans = usePlans({ page, size: PLAN_PAGE_SIZE });
  if (plans.isPending) return <Skeleton active />;
  if (plans.isError) return <ErrorAlert error={plans.error} onRetry={() => void plans.refetch()} />;
  return (
    <>
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
