import { DeleteOutlined, PaperClipOutlined } from '@ant-design/icons';
import { Button, Flex, Popconfirm, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Evidence } from '@/types/api';
import { evidenceHref, formatFileSize, shortChecksum } from '../utils/evidence';

export interface EvidenceListProps {
  reportId: number;
  evidence: Evidence[];
  /** Offers removal (with a confirmation) when given. */
  onRemove?: (evidence: Evidence) => void;
  /** The file being removed, whose button spins. */
  removing?: number;
}

/** An entry's evidence files: name (to download), size and checksum; removable while editable. */
export function EvidenceList({ reportId, evidence, onRemove, removing }: EvidenceListProps) {
  const { t, i18n } = useTranslation();
  if (evidence.length === 0)
    return (
      <Typography.Text type="secondary" data-testid="no-evidence">
        {t('reports.noEvidence')}
      </Typography.Text>
    );
  return (
    <Flex vertical gap={4} data-testid="evidence-list">
      {evidence.map((file) => (
        <Flex key={file.id} gap={8} wrap align="center" data-testid="evidence-item">
          <PaperClipOutlined />
          <Typography.Link href={evidenceHref(reportId, file)} download={file.fileName}>
            {file.fileName}
          </Typography.Link>
          <Typography.Text type="secondary" data-testid="evidence-size">
            {formatFileSize(file.size, i18n.language)}
          </Typography.Text>
          <Tooltip title={t('reports.evidenceChecksum', { sha256: file.sha256 })}>
            <Typography.Text type="secondary" code data-testid="evidence-checksum">
              {shortChecksum(file.sha256)}
            </Typography.Text>
          </Tooltip>
          {onRemove && (
            <Popconfirm
              title={t('reports.removeEvidenceConfirm', { name: file.fileName })}
              okText={t('reports.remove')}
              cancelText={t('common.cancel')}
              okButtonProps={{ danger: true }}
              onConfirm={() => onRemove(file)}
            >
              <Button
                size="small"
                type="text"
                danger
                icon={<DeleteOutlined />}
                loading={removing === file.id}
                aria-label={t('reports.removeEvidence')}
                title={t('reports.removeEvidence')}
                data-testid="remove-evidence"
              />
            </Popconfirm>
          )}
        </Flex>
      ))}
    </Flex>
  );
}
