import { useTranslation } from 'react-i18next';
import { useUnitTree } from '@/features/units/api/get-unit-tree';
import { pickerOptions } from '@/features/units/utils/unit-options';
import { UserAdmin } from '@/features/users/components/user-admin';

/** "/users" (administrators): the accounts, their roles and units. */
export function UsersRoute() {
  const { t } = useTranslation();
  const tree = useUnitTree();
  return (
    <>
      <title>{`${t('users.title')} – ${t('app.title')}`}</title>
      <UserAdmin units={tree.data ? pickerOptions(tree.data).units : []} />
    </>
  );
}
