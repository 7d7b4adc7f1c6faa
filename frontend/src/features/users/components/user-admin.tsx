import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Pagination, Select, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import { USER_PAGE_SIZE } from '@/config/query';
import { ACCOUNT_ROLES, type AccountRole, type UnitRef, type UserView } from '@/types/api';
import { useUsers } from '../api/get-users';
import { ResetPasswordDialog } from './reset-password-dialog';
import { ResetTotpDialog } from './reset-totp-dialog';
import { UserFormDialog } from './user-form-dialog';
import { UserList } from './user-list';

type Dialog = { kind: 'create' } | { kind: 'edit' | 'password' | 'totp'; user: UserView };

/** "Người dùng": search and filter users, add one, edit one, reset a password or second factor. */
export function UserAdmin({ units }: { units: UnitRef[] }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [role, setRole] = useState<AccountRole>();
  const [page, setPage] = useState(0);
  const [dialog, setDialog] = useState<Dialog>();
  const users = useUsers({ q, role, page });
  const close = () => setDialog(undefined);

  return (
    <Card
      size="small"
      title={t('users.title')}
      extra={
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setDialog({ kind: 'create' })}
          data-testid="create-user"
        >
          {t('users.create')}
        </Button>
      }
    >
      <Flex gap={8} wrap style={{ marginBottom: 8 }} role="search">
        <Input.Search
          allowClear
          placeholder={t('users.search')}
          aria-label={t('users.search')}
          style={{ flex: '3 1 240px' }}
          onSearch={(value) => {
            setQ(value.trim());
            setPage(0);
          }}
        />
        <Select
          allowClear
          placeholder={t('users.allRoles')}
          style={{ flex: '1 1 160px' }}
          value={role}
          onChange={(value) => {
            setRole(value);
            setPage(0);
          }}
          options={ACCOUNT_ROLES.map((r) => ({ value: r, label: t(`accountRole.${r}`) }))}
          data-testid="user-role-filter"
        />
      </Flex>
      {users.isPending ? (
        <Skeleton active />
      ) : users.isError ? (
        <ErrorAlert error={users.error} onRetry={() => void users.refetch()} />
      ) : (
        <>
          <Typography.Text type="secondary">
            {t('users.count', { count: users.data.totalItems })}
          </Typography.Text>
          <UserList
            users={users.data.items}
            onEdit={(user) => setDialog({ kind: 'edit', user })}
            onResetPassword={(user) => setDialog({ kind: 'password', user })}
            onResetTotp={(user) => setDialog({ kind: 'totp', user })}
          />
          {users.data.totalPages > 1 && (
            <Pagination
              style={{ marginTop: 16, textAlign: 'center' }}
              current={page + 1}
              pageSize={USER_PAGE_SIZE}
              total={users.data.totalItems}
              showSizeChanger={false}
              onChange={(p) => setPage(p - 1)}
            />
          )}
        </>
      )}
      {dialog?.kind === 'create' && <UserFormDialog units={units} onClose={close} />}
      {dialog?.kind === 'edit' && (
        <UserFormDialog key={dialog.user.id} user={dialog.user} units={units} onClose={close} />
      )}
      {dialog?.kind === 'password' && <ResetPasswordDialog user={dialog.user} onClose={close} />}
      {dialog?.kind === 'totp' && <ResetTotpDialog user={dialog.user} onClose={close} />}
    </Card>
  );
}
