import { Button, Empty, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UserView } from '@/types/api';
import { formatDateTime } from '@/utils/format';

const { Text } = Typography;

export interface UserListProps {
  users: UserView[];
  onEdit: (user: UserView) => void;
  onResetPassword: (user: UserView) => void;
  onResetTotp: (user: UserView) => void;
}

/** Users with their role, units, status and last sign-in. */
export function UserList({ users, onEdit, onResetPassword, onResetTotp }: UserListProps) {
  const { t } = useTranslation();
  if (users.length === 0) return <Empty description={t('users.empty')} />;
  return (
    <ul className="plain-list" data-testid="user-list">
      {users.map((user) => (
        <li key={user.id} data-testid={`user-row-${user.username}`}>
          <Flex gap={8} wrap align="center">
            <Text strong>{user.displayName}</Text>
            <Text type="secondary">{user.username}</Text>
            {user.email && <Text data-testid="user-email">{user.email}</Text>}
            <Tag color="blue">{t(`accountRole.${user.role}`)}</Tag>
            {!user.enabled && <Tag color="red">{t('users.disabled')}</Tag>}
            {user.totpEnabled && (
              <Tag color="green" data-testid="user-totp">
                {t('users.totpOn')}
              </Tag>
            )}
            <Flex gap={8} wrap style={{ marginInlineStart: 'auto' }}>
              <Button size="small" onClick={() => onEdit(user)} data-testid="edit-user">
                {t('users.edit')}
              </Button>
              <Button size="small" onClick={() => onResetPassword(user)}>
                {t('users.resetPassword')}
              </Button>
              {user.canResetTotp && (
                <Button size="small" onClick={() => onResetTotp(user)} data-testid="reset-totp">
                  {t('users.resetTotp')}
                </Button>
              )}
            </Flex>
          </Flex>
          <Flex gap={16} wrap style={{ marginTop: 4 }}>
            {user.units.length > 0 && (
              <Text>{user.units.map((u) => u.shortName ?? u.name).join(', ')}</Text>
            )}
            <Text type="secondary">
              {user.lastLoginAt
                ? t('users.lastLogin', { date: formatDateTime(user.lastLoginAt) })
                : t('users.neverLoggedIn')}
            </Text>
          </Flex>
        </li>
      ))}
    </ul>
  );
}
