import { Alert, Button, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import type { UserView } from '@/types/api';
import { useResetTotp } from '../api/reset-totp';

/** Asks before removing a user's second factor (a user who lost their phone). */
export function ResetTotpDialog({ user, onClose }: { user: UserView; onClose: () => void }) {
  const { t } = useTranslation();
  const reset = useResetTotp();
  return (
    <Modal
      open
      title={t('users.resetTotp')}
      onCancel={onClose}
      destroyOnHidden
      footer={
        reset.isSuccess ? (
          <Button type="primary" onClick={onClose}>
            {t('common.close')}
          </Button>
        ) : (
          <>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button
              type="primary"
              danger
              loading={reset.isPending}
              onClick={() => reset.mutate(user.id)}
              data-testid="reset-totp-submit"
            >
              {t('users.resetTotp')}
            </Button>
          </>
        )
      }
    >
      {reset.isSuccess ? (
        <Alert
          type="success"
          showIcon
          title={t('users.resetTotpDone', { username: user.username })}
          data-testid="reset-totp-done"
        />
      ) : (
        <>
          {reset.isError && (
            <div style={{ marginBottom: 16 }}>
              <ErrorAlert error={reset.error} />
            </div>
          )}
          <Typography.Paragraph>
            {t('users.resetTotpConfirm', { username: user.username })}
          </Typography.Paragraph>
        </>
      )}
    </Modal>
  );
}
