import { CheckOutlined, CopyOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Modal } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreatedToken } from '@/types/api';

/**
 * Copies with the Clipboard API, or (plain http, where it is missing) by selecting the text and
 * the older copy command, which leaves the text selected for Ctrl+C if that fails too.
 */
async function copy(text: string, field: HTMLTextAreaElement | undefined): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    field?.select();
    return document.execCommand('copy');
  }
}

/** Shows a new token's secret, this once, with a copy button and a warning. */
export function TokenCreatedDialog({
  created,
  onClose,
}: {
  created: CreatedToken;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const field = useRef<TextAreaRef>(null);
  const [copied, setCopied] = useState(false);
  return (
    <Modal
      open
      title={t('tokens.createdTitle', { name: created.details.name })}
      onCancel={onClose}
      mask={{ closable: false }}
      footer={
        <Button type="primary" onClick={onClose} data-testid="token-saved">
          {t('tokens.saved')}
        </Button>
      }
    >
      <Alert type="warning" showIcon title={t('tokens.createdWarning')} />
      <Input.TextArea
        ref={field}
        readOnly
        // Not autoSize: it measures in a hidden textarea that stays in the page, secret included.
        rows={3}
        value={created.token}
        aria-label={t('tokens.title')}
        onFocus={(e) => e.target.select()}
        style={{ marginTop: 16, fontFamily: 'ui-monospace, monospace', wordBreak: 'break-all' }}
        data-testid="created-token"
      />
      <Button
        style={{ marginTop: 8 }}
        icon={copied ? <CheckOutlined /> : <CopyOutlined />}
        onClick={() =>
          void copy(created.token, field.current?.resizableTextArea?.textArea).then(setCopied)
        }
        data-testid="copy-token"
      >
        {copied ? t('tokens.copied') : t('tokens.copy')}
      </Button>
    </Modal>
  );
}
