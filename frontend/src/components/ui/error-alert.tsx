import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api/problem';

export interface ErrorAlertProps {
  error: unknown;
  onRetry?: () => void;
}

/** Shows a failed request: the problem's title and detail from the server, or a network hint. */
export function ErrorAlert({ error, onRetry }: ErrorAlertProps) {
  const { t } = useTranslation();
  // A 4xx answer will not change on a retry.
  const retryable = !(error instanceof ApiError && error.status >= 400 && error.status < 500);
  const title = error instanceof ApiError ? error.problem.title : t('common.loadError');
  const detail =
    error instanceof ApiError
      ? (error.problem.detail ?? undefined)
      : error instanceof TypeError
        ? t('common.networkError')
        : error instanceof Error
          ? error.message
          : undefined;
  return (
    <Alert
      type="error"
      showIcon
      title={title}
      description={detail}
      data-testid="error-alert"
      action={
        onRetry && retryable ? (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
