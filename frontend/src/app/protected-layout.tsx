import { AppLayout } from '@/components/layouts/app-layout';
import { navItemsFor } from '@/config/navigation';
import { RequireAuth } from '@/features/auth/components/require-auth';
import { UserMenu } from '@/features/auth/components/user-menu';
import { useCurrentUser } from '@/features/auth/hooks/use-current-user';
import { NotificationBell } from '@/features/notifications/components/notification-bell';

function SignedInLayout() {
  const user = useCurrentUser();
  return (
    <AppLayout
      nav={navItemsFor(user.role)}
      actions={
        <>
          <NotificationBell />
          <UserMenu />
        </>
      }
    />
  );
}

/** The app frame for a signed-in user: the navigation their role allows, reminders and their menu. */
export function ProtectedLayout() {
  return (
    <RequireAuth>
      <SignedInLayout />
    </RequireAuth>
  );
}
