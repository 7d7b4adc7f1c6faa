import { Button, Modal } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';

export interface FormDialogProps {
  title: ReactNode;
  submitLabel: ReactNode;
  submitTestId: string;
  submitting: boolean;
  /** A failure to show above the form; null when there is none or it is shown on the fields. */
  error: unknown;
  onSubmit: () => void;
  onClose: () => void;
  /** The submit button is red: the action undoes someone's work (returning a report). */
  danger?: boolean;
  width?: number;
  children: ReactNode;
}

/** A dialog around a form: cancel and submit below it, the server's refusal above it. */
export function FormDialog({
  title,
  submitLabel,
  submitTestId,
  submitting,
  error,
  onSubmit,
  onClose,
  danger,
  width,
  children,
}: FormDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      width={width}
      title={title}
      onCancel={onClose}
      mask={{ closable: false }}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            danger={danger}
            type="primary"
            loading={submitting}
            onClick={onSubmit}
            data-testid={submitTestId}
          >
            {submitLabel}
          </Button>
        </>
      }
    >
      {error != null && (
        <div style={{ marginBottom: 16 }}>
          <ErrorAlert error={error} />
        </div>
      )}
      {children}
    </Modal>
  );
}
