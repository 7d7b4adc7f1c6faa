import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';

/** "Unsaved edits were restored", with a button to throw them away; shared by the edit forms. */
export function DraftRestoredAlert({ onDiscard }: { onDiscard: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="info"
      showIcon
      title={t('reports.draftRestored')}
      action={
        <Button size="small" onClick={onDiscard} data-testid="discard-draft">
          {t('reports.discardDraft')}
        </Button>
      }
      style={{ marginBottom: 12 }}
      data-testid="draft-restored"
    />
  );
}
