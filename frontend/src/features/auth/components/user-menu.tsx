import { KeyOutlined, LogoutOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLogout } from '../api/logout';
import { useCurrentUser } from '../hooks/use-current-user';

// The dialog (and the form code) loads when first opened.
const ChangePasswordDialog = lazy(() =>
  import('./change-password-dialog').then((m) => ({ default: m.ChangePasswordDialog })),
);
const SecondFactorDialog = lazy(() =>
  import('./second-factor-dialog').then((m) => ({ default: m.SecondFactorDialog })),
);

/**
 * The signed-in user's name and role, with "Đổi mật khẩu", the second factor (when the server
 * says the user has one or may set one up) and "Đăng xuất".
 */
export function UserMenu() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const logout = useLogout();
  const [changingPassword, setChangingPassword] = useState(false);
  const [secondFactor, setSecondFactor] = useState(false);
  const role = t(`accountRole.${user.role}`);
  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            {
              key: 'who',
              type: 'group',
              label: (
                <span data-testid="user-menu-who">
                  <strong>{user.displayName}</strong> · {role}
                </span>
              ),
            },
            {
              key: 'password',
              icon: <KeyOutlined />,
              label: <span data-testid="menu-change-password">{t('auth.changePassword')}</span>,
              onClick: () => setChangingPassword(true),
            },
            ...(user.totpEnabled || user.canEnrolTotp
              ? [
                  {
                    key: 'totp',
                    icon: <SafetyOutlined />,
                    label: (
                      <span data-testid="menu-second-factor">
                        {user.totpEnabled ? t('auth.totpTurnOff') : t('auth.totpSetUp')}
                      </span>
                    ),
                    onClick: () => setSecondFactor(true),
                  },
                ]
              : []),
            {
              key: 'logout',
              icon: <LogoutOutlined />,
              label: <span data-testid="menu-logout">{t('auth.logout')}</span>,
              disabled: logout.isPending,
              onClick: () => logout.mutate(),
            },
          ],
        }}
      >
        <Button
          type="text"
          icon={<UserOutlined />}
          aria-label={t('auth.accountMenu', { name: user.displayName })}
          data-testid="user-menu"
          style={{ color: 'inherit', maxWidth: 280 }}
        >
          {/* On a phone only the icon shows (index.css); the menu names the user. */}
          <span className="user-menu-label">
            <span data-testid="user-display-name">{user.displayName}</span>
            <span className="user-menu-role" data-testid="user-role">
              {role}
            </span>
          </span>
        </Button>
      </Dropdown>
      {changingPassword && (
        <Suspense fallback={null}>
          <ChangePasswordDialog onClose={() => setChangingPassword(false)} />
        </Suspense>
      )}
      {secondFactor && (
        <Suspense fallback={null}>
          <SecondFactorDialog onClose={() => setSecondFactor(false)} />
        </Suspense>
      )}
    </>
  );
}
