import { HistoryOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';

export interface HistoryButtonProps {
  onClick: () => void;
  /** For a task: a small icon button named after the task's code. */
  taskCode?: string;
  testId?: string;
}

/** "Lịch sử thay đổi": opens the history drawer. */
export function HistoryButton({ onClick, taskCode, testId = 'plan-history' }: HistoryButtonProps) {
  const { t } = useTranslation();
  if (taskCode) {
    const label = t('history.taskButton', { code: taskCode });
    return (
      <Button
        type="text"
        size="small"
        icon={<HistoryOutlined />}
        aria-label={label}
        title={label}
        onClick={onClick}
        data-testid={`task-history-${taskCode}`}
      />
    );
  }
  return (
    <Button icon={<HistoryOutlined />} onClick={onClick} data-testid={testId}>
      {t('history.button')}
    </Button>
  );
}
