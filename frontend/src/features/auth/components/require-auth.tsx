import { useQueryClient } from '@tanstack/react-query';
import { Skeleton } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { paths } from '@/config/paths';
import { onUnauthenticated } from '@/lib/api/client';
import { sessionQueryKey, useSession } from '../api/get-session';
import { SessionContext } from '../hooks/use-current-user';
import { forgetUserData } from '../utils/forget-user-data';

/**
 * Renders its children for a signed-in user only; anyone else goes to the sign-in page, which
 * brings them back here afterwards. A 401 from any later call ends the session the same way.
 */
export function RequireAuth({ children }: { children: ReactNode }) {
  const session = useSession();
  const queryClient = useQueryClient();
  const { pathname, search, hash } = useLocation();

  useEffect(
    () =>
      onUnauthenticated(() => {
        forgetUserData(queryClient);
        queryClient.setQueryData(sessionQueryKey, null);
      }),
    [queryClient],
  );

  if (session.isPending || session.isError)
    return (
      <div style={{ padding: 16 }}>
        {session.isPending ? (
          <Skeleton active />
        ) : (
          <ErrorAlert error={session.error} onRetry={() => void session.refetch()} />
        )}
      </div>
    );
  if (!session.data) {
    // "/" is no particular wish: the sign-in page then picks the user's own start page.
    const wanted = pathname === paths.home.path && !search ? undefined : pathname + search + hash;
    return <Navigate to={paths.login.getHref(wanted)} replace />;
  }
  return <SessionContext value={session.data}>{children}</SessionContext>;
}
