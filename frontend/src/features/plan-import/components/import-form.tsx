import { InboxOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Progress, Spin, Tabs, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import type { PlanImport } from '@/types/api';
import { usePastePlanText, useUploadPlanFile, type UploadPhase } from '../api/create-plan-import';

const ACCEPT =
  '.docx,.txt,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain';

/** Where a long document is: the bar while its bytes go up, a spinner while the server reads it. */
function ImportProgress({ phase }: { phase: UploadPhase }) {
  const { t } = useTranslation();
  return (
    <div data-testid="import-progress" data-phase={phase.phase}>
      {phase.phase === 'uploading' ? (
        <>
          <Typography.Text type="secondary">{t('planImport.uploading')}</Typography.Text>
          <Progress percent={phase.percent} />
        </>
      ) : (
        <Flex gap={8} align="center">
          <Spin size="small" />
          <Typography.Text>{t('planImport.analysing')}</Typography.Text>
        </Flex>
      )}
    </div>
  );
}

/** Reads an uploaded .docx/.txt or pasted text into a draft, then hands the draft on. */
export function ImportForm({ onCreated }: { onCreated: (view: PlanImport) => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File>();
  const [text, setText] = useState('');
  const [phase, setPhase] = useState<UploadPhase>();
  const upload = useUploadPlanFile(setPhase);
  const paste = usePastePlanText();
  const busy = upload.isPending || paste.isPending;

  const send = (run: () => Promise<PlanImport>) =>
    run()
      .then(onCreated)
      .catch(() => undefined) // shown from the mutation's error
      .finally(() => setPhase(undefined));

  const fileTab = (
    <Flex vertical gap={12}>
      <Upload.Dragger
        accept={ACCEPT}
        maxCount={1}
        disabled={busy}
        // Keep the file here; the upload goes out on the button, with progress.
        beforeUpload={(chosen) => {
          setFile(chosen);
          return false;
        }}
        onRemove={() => setFile(undefined)}
        fileList={file ? [{ uid: 'file', name: file.name, status: 'done' }] : []}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t('planImport.dropHint')}</p>
        <p className="ant-upload-hint">{t('planImport.dropTypes')}</p>
      </Upload.Dragger>
      <input
        type="file"
        accept={ACCEPT}
        data-testid="import-file"
        style={{ display: 'none' }}
        onChange={(event) => setFile(event.target.files?.[0])}
      />
      <div>
        <Button
          type="primary"
          disabled={!file || busy}
          loading={upload.isPending}
          data-testid="import-upload"
          onClick={() => {
            if (!file) return;
            setPhase({ phase: 'uploading', percent: 0 });
            paste.reset();
            void send(() => upload.mutateAsync(file));
          }}
        >
          {t('planImport.upload')}
        </Button>
      </div>
    </Flex>
  );

  const pasteTab = (
    <Flex vertical gap={12}>
      <Input.TextArea
        value={text}
        onChange={(event) => setText(event.target.value)}
        autoSize={{ minRows: 10, maxRows: 24 }}
        placeholder={t('planImport.pastePlaceholder')}
        aria-label={t('planImport.pasteTab')}
        disabled={busy}
        data-testid="import-text"
      />
      <div>
        <Button
          type="primary"
          disabled={!text.trim() || busy}
          loading={paste.isPending}
          data-testid="import-paste"
          onClick={() => {
            setPhase({ phase: 'analysing' });
            upload.reset();
            void send(() => paste.mutateAsync(text));
          }}
        >
          {t('planImport.paste')}
        </Button>
      </div>
    </Flex>
  );

  const error = upload.error ?? paste.error;
  return (
    <Flex vertical gap={16}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('planImport.newHelp')}
      </Typography.Paragraph>
      <Tabs
        items={[
          { key: 'file', label: t('planImport.fileTab'), children: fileTab },
          {
            key: 'paste',
            label: <span data-testid="import-paste-tab">{t('planImport.pasteTab')}</span>,
            children: pasteTab,
          },
        ]}
      />
      {phase && <ImportProgress phase={phase} />}
      {error && !busy && <ErrorAlert error={error} />}
    </Flex>
  );
}
