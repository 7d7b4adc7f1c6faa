import { AppLayout } from '@/components/layouts/app-layout';
import { navItemsFor } from '@/config/navigation';
import { RequireAuth } from '@/features/auth/components/require-auth';
import { UserMenu } from '@/features/auth/components/user-menu';
import { useCurrentUser } from '@/features/auth/hooks/use-current-user';

function SignedInLayout() {
  const user = useCurrentUser();
  return <AppLayout nav={navItemsFor(user.role)} actions={<UserMenu />} />;
}

/** The app frame for a signed-in user: the navigation their role allows and their menu. */
export function ProtectedLayout() {
  return (
    <RequireAuth>
      <SignedInLayout />
    </RequireAuth>
  );
}
