import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Form, Typography } from 'antd';
import { useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import type { ReportEntry } from '@/types/api';
import { useDeleteEvidence } from '../api/delete-evidence';
import { useUploadEvidence } from '../api/upload-evidence';
import { checkEvidenceFile, EVIDENCE_ACCEPT, type EvidenceRefusal } from '../utils/evidence';
import { EvidenceList } from './evidence-list';

export interface EntryEvidenceProps {
  reportId: number;
  entry: ReportEntry;
}

/**
 * An entry's evidence files while the report is editable: each file is attached or removed at
 * once by its own request, apart from the form's text, which stays unsaved until "Lưu nháp".
 */
export function EntryEvidence({ reportId, entry }: EntryEvidenceProps) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [refused, setRefused] = useState<{ key: EvidenceRefusal; name: string }>();
  const upload = useUploadEvidence(reportId);
  const remove = useDeleteEvidence(reportId);

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Picking the same file again must fire another change.
    event.target.value = '';
    if (!file) return;
    remove.reset();
    const refusal = checkEvidenceFile(file, entry.evidence.length);
    setRefused(refusal && { key: refusal, name: file.name });
    if (refusal) {
      upload.reset();
      return;
    }
    upload.mutate({ taskId: entry.taskId, file });
  };

  const error = upload.error ?? remove.error;
  return (
    <Form.Item label={t('reports.evidence')} style={{ marginBottom: 0, marginTop: 12 }}>
      <Flex vertical gap={8} data-testid="entry-evidence">
        <EvidenceList
          reportId={reportId}
          evidence={entry.evidence}
          onRemove={(file) => {
            setRefused(undefined);
            upload.reset();
            remove.mutate(file.id);
          }}
          removing={remove.isPending ? remove.variables : undefined}
        />
        {refused && (
          <Alert
            type="error"
            showIcon
            title={t(`reports.${refused.key}`, { name: refused.name })}
            data-testid="evidence-refused"
          />
        )}
        {error && <ErrorAlert error={error} />}
        <Flex gap={8} wrap align="center">
          <input
            ref={input}
            type="file"
            accept={EVIDENCE_ACCEPT}
            onChange={onFile}
            style={{ display: 'none' }}
            data-testid="evidence-upload"
          />
          <Button
            size="small"
            icon={<UploadOutlined />}
            loading={upload.isPending}
            onClick={() => input.current?.click()}
          >
            {t('reports.attachEvidence')}
          </Button>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('reports.evidenceHint')}
          </Typography.Text>
        </Flex>
      </Flex>
    </Form.Item>
  );
}
