import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Consolidated, ConsolidatedStatus } from '@/types/api';
import { formatDate, formatDateTime } from '@/utils/format';
import { consolidatedFileHref } from '../api/get-consolidated';
import { ComplianceFigures } from './compliance-summary';

/** "Dự thảo" or "Đã ban hành". */
export function ConsolidatedStatusTag({ status }: { status: ConsolidatedStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={status === 'FINAL' ? 'green' : 'default'} data-testid="consolidated-status">
      {t(`consolidated.status.${status}`)}
    </Tag>
  );
}

/** "Tải DOCX" and "Tải XLSX": plain links, which the session cookie authenticates. */
export function ConsolidatedDownloads({ periodId }: { periodId: number }) {
  const { t } = useTranslation();
  return (
    <Flex gap={8} wrap>
      <Button
        icon={<DownloadOutlined />}
        href={consolidatedFileHref(periodId, 'docx')}
        download
        data-testid="download-docx"
      >
        {t('consolidated.downloadDocx')}
      </Button>
      <Button
        icon={<DownloadOutlined />}
        href={consolidatedFileHref(periodId, 'xlsx')}
        download
        data-testid="download-xlsx"
      >
        {t('consolidated.downloadXlsx')}
      </Button>
    </Flex>
  );
}

/** Number, date, status and compiling time of the report. */
export function ConsolidatedFacts({ report }: { report: Consolidated }) {
  const { t } = useTranslation();
  return (
    <Descriptions size="small" column={{ xs: 1, sm: 2 }} style={{ marginBottom: 12 }}>
      <Descriptions.Item label={t('consolidated.issuer')}>{report.issuer.name}</Descriptions.Item>
      <Descriptions.Item label={t('reports.reportStatus')}>
        <ConsolidatedStatusTag status={report.status} />
      </Descriptions.Item>
      <Descriptions.Item label={t('consolidated.number')}>
        <span data-testid="consolidated-number">
          {report.numberText ?? t('consolidated.draftNumber', { symbol: report.symbol })}
        </span>
      </Descriptions.Item>
      {report.issuedOn && (
        <Descriptions.Item label={t('consolidated.issuedOn')}>
          <span data-testid="consolidated-issued-on">{formatDate(report.issuedOn)}</span>
        </Descriptions.Item>
      )}
      <Descriptions.Item label={t('consolidated.compiledAt')}>
        {formatDateTime(report.compiledAt)}
      </Descriptions.Item>
    </Descriptions>
  );
}

/** The report as it reads: header, compliance, sections, recipients and signature; read only. */
export function ConsolidatedDocument({ report }: { report: Consolidated }) {
  const { t } = useTranslation();
  const signature = [report.onBehalfOf, report.signingFor, report.signerTitle].filter(Boolean);
  return (
    <div data-testid="consolidated-document">
      <Typography.Title level={4} style={{ textAlign: 'center' }} data-testid="consolidated-title">
        {report.title}
      </Typography.Title>
      <Typography.Title level={5}>{t('consolidated.compliance')}</Typography.Title>
      <ComplianceFigures compliance={report.compliance} />
      <Card size="small" style={{ marginTop: 12 }}>
        {report.sections.map((section, index) => (
          <section key={index} data-testid="consolidated-section">
            {section.level === 1 ? (
              <Typography.Title level={5} style={{ marginTop: index === 0 ? 0 : 16 }}>
                {section.heading}
              </Typography.Title>
            ) : (
              <Typography.Paragraph strong style={{ marginBottom: 4 }}>
                {section.heading}
              </Typography.Paragraph>
            )}
            {section.body && (
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>
                {section.body}
              </Typography.Paragraph>
            )}
            {section.complianceTable && (
              <Typography.Paragraph type="secondary" italic>
                {t('consolidated.complianceTableNote')}
              </Typography.Paragraph>
            )}
          </section>
        ))}
      </Card>
      <Flex gap={24} wrap justify="space-between" style={{ marginTop: 12 }}>
        <div>
          <Typography.Text strong italic>
            {t('consolidated.recipients')}:
          </Typography.Text>
          <ul style={{ margin: 0 }} data-testid="consolidated-recipients">
            {report.recipients.map((recipient, index) => (
              <li key={index}>{recipient}</li>
            ))}
          </ul>
        </div>
        <div style={{ textAlign: 'center' }} data-testid="consolidated-signature">
          {signature.map((line, index) => (
            <Typography.Paragraph key={index} strong style={{ marginBottom: 0 }}>
              {line}
            </Typography.Paragraph>
          ))}
          <Typography.Paragraph strong style={{ marginTop: 32 }}>
            {report.signerName ?? t('consolidated.noSignature')}
          </Typography.Paragraph>
        </div>
      </Flex>
    </div>
  );
}
