import { Card, Descriptions, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { RichText } from '@/components/ui/rich-text';
import { RoleTag } from '@/components/ui/role-tag';
import type { ReportEntry } from '@/types/api';
import { EvidenceList } from './evidence-list';
import { FigureTable } from './figure-table';
import { ObstacleList } from './obstacle-details';

export interface ReportEntriesProps {
  reportId: number;
  entries: ReportEntry[];
}

/**
 * A report's entries, read only: one card per task with its results (rich text), figures,
 * obstacles and evidence files to download.
 */
export function ReportEntries({ reportId, entries }: ReportEntriesProps) {
  const { t } = useTranslation();
  if (entries.length === 0)
    return <Typography.Text type="secondary">{t('reports.noEntries')}</Typography.Text>;
  return (
    <Flex vertical gap={12}>
      {entries.map((entry) => (
        <Card
          key={entry.taskId}
          size="small"
          title={<EntryTitle entry={entry} />}
          data-testid={`entry-${entry.taskCode}`}
        >
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t('reports.progress')}>
              <span data-testid="entry-progress">
                {t(`reports.progressValue.${entry.progress}`)}
              </span>
            </Descriptions.Item>
            <Descriptions.Item label={t('reports.results')}>
              {entry.results ? (
                <RichText
                  value={entry.results}
                  editable={false}
                  ariaLabel={t('reports.resultsOf', { code: entry.taskCode })}
                  testId="entry-results"
                />
              ) : null}
            </Descriptions.Item>
            <Descriptions.Item label={t('reports.figures')}>
              <FigureTable figures={entry.figures} />
            </Descriptions.Item>
            <Descriptions.Item label={t('reports.obstacles')}>
              <ObstacleList obstacles={entry.obstacles} />
            </Descriptions.Item>
            <Descriptions.Item label={t('reports.evidence')}>
              <EvidenceList reportId={reportId} evidence={entry.evidence} />
            </Descriptions.Item>
          </Descriptions>
        </Card>
      ))}
    </Flex>
  );
}

/** "3.a.8 · task text" with the unit's role. */
export function EntryTitle({ entry }: { entry: ReportEntry }) {
  return (
    <Flex gap={8} wrap align="baseline" style={{ whiteSpace: 'normal', padding: '8px 0' }}>
      <Typography.Text strong>{entry.taskCode}</Typography.Text>
      <Typography.Text style={{ flex: '1 1 200px', fontWeight: 'normal' }}>
        {entry.taskText}
      </Typography.Text>
      <RoleTag role={entry.role} />
    </Flex>
  );
}
