import { Card, Empty, InputNumber, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DraftProblem, DraftTarget } from '@/types/api';
import { targetRangeText } from '@/utils/format';
import { problemsAt, problemsUnder } from '../utils/draft';

export interface DraftTargetsProps {
  targets: readonly DraftTarget[];
  problems: readonly DraftProblem[];
  onYear: (index: number, year: number | null) => void;
}

/** The plan's targets as read; the year is editable where the reader could not tell it. */
export function DraftTargets({ targets, problems, onYear }: DraftTargetsProps) {
  const { t, i18n } = useTranslation();
  return (
    <Card size="small" title={t('planImport.targets', { count: targets.length })}>
      {targets.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('planImport.noTargets')} />
      ) : (
        <ul className="plain-list" data-testid="import-targets">
          {targets.map((target, i) => {
            const path = `targets[${i}]`;
            const flagged = problemsUnder(problems, path);
            const yearProblems = problemsAt(problems, `${path}.targetYear`);
            const range =
              target.kind === 'QUANTITATIVE' || target.kind === 'QUALITATIVE'
                ? targetRangeText(
                    {
                      kind: target.kind,
                      low: target.low ?? null,
                      high: target.high ?? null,
                      measureUnit: target.measureUnit ?? null,
                      approximate: Boolean(target.approximate),
                    },
                    i18n.language,
                    t('plan.about'),
                  )
                : null;
            return (
              <li
                key={i}
                data-testid={`import-target-${i}`}
                data-flagged={flagged.length > 0}
                style={
                  flagged.length > 0
                    ? { borderLeft: '3px solid #ff4d4f', paddingLeft: 8 }
                    : undefined
                }
              >
                <Typography.Text>{target.text}</Typography.Text>
                <Space wrap size={8} style={{ display: 'flex', marginTop: 4 }}>
                  {range ? <Tag color="blue">{range}</Tag> : <Tag>{t('plan.qualitative')}</Tag>}
                  {target.targetYear == null || yearProblems.length > 0 ? (
                    <InputNumber
                      size="small"
                      min={1900}
                      max={2200}
                      placeholder={t('planImport.targetYear')}
                      aria-label={t('planImport.targetYear')}
                      status={yearProblems.length > 0 ? 'error' : undefined}
                      data-testid={`import-target-year-${i}`}
                      value={target.targetYear ?? null}
                      onChange={(year) => onYear(i, year)}
                    />
                  ) : (
                    <Typography.Text type="secondary">
                      {t('plan.targetYear', { year: target.targetYear })}
                    </Typography.Text>
                  )}
                </Space>
                {flagged.map((p, j) => (
                  <Typography.Paragraph key={j} type="danger" style={{ margin: 0 }}>
                    {p.message}
                  </Typography.Paragraph>
                ))}
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
