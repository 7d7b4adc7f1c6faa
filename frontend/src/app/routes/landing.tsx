import { Skeleton } from 'antd';
import { useEffect } from 'react';
import { Navigate } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { paths } from '@/config/paths';
import { usePlans } from '@/features/plans/api/get-plans';
import { PlansList } from '@/features/plans/components/plans-list';

/** "/": straight to the plan when there is only one, the list otherwise. */
export function LandingRoute() {
  const plans = usePlans();
  // "/" nearly always leads to a plan: fetch the plan page's chunk while the plans load.
  useEffect(() => {
    void import('./plan');
  }, []);
  if (plans.isPending) return <Skeleton active />;
  if (plans.isError) return <ErrorAlert error={plans.error} onRetry={() => void plans.refetch()} />;
  const items = plans.data.items;
  if (items.length === 1 && plans.data.totalItems === 1)
    return <Navigate to={paths.plan.getHref(items[0].id)} replace />;
  return <PlansList plans={items} />;
}
