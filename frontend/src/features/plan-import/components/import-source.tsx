import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** The document as read, beside the draft, to compare against. */
export function ImportSource({ text, name }: { text: string; name: string | null }) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      title={t('planImport.source')}
      extra={
        name && (
          <Typography.Text type="secondary">{t('planImport.sourceFile', { name })}</Typography.Text>
        )
      }
    >
      <div
        data-testid="import-source"
        style={{ whiteSpace: 'pre-wrap', maxHeight: '75vh', overflow: 'auto', fontSize: 13 }}
      >
        {text}
      </div>
    </Card>
  );
}
