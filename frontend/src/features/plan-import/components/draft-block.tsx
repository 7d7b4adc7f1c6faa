import { DatePicker, Flex, Select, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import {
  TIMEFRAMES,
  type DraftBlock,
  type DraftParty,
  type DraftProblem,
  type Timeframe,
} from '@/types/api';
import { formatDate } from '@/utils/format';
import { pickerValue, problemsAt, problemsUnder } from '../utils/draft';
import { UnitSearchSelect } from './unit-search-select';

export interface DraftBlockViewProps {
  block: DraftBlock;
  /** The block's path in the draft: "tasks[1].items[0].body[2].block". */
  path: string;
  problems: readonly DraftProblem[];
  nameOf: (key: string | null | undefined) => string | undefined;
  partyName: (party: DraftParty) => string;
  onChange: (change: Partial<DraftBlock>) => void;
  /** Sets the lead to an existing unit picked by search. */
  onPickLead: (unit: { id: number; name: string }) => void;
}

/** An assignment: who leads, guides, coordinates, implements, and by when; fixes where flagged. */
export function DraftBlockView({
  block,
  path,
  problems,
  nameOf,
  partyName,
  onChange,
  onPickLead,
}: DraftBlockViewProps) {
  const { t } = useTranslation();
  const leadProblems = problemsAt(problems, `${path}.lead`);
  const timeProblems = [
    ...problemsAt(problems, `${path}.timeframe`),
    ...problemsAt(problems, `${path}.dueDate`),
  ];
  const parties = (list: DraftParty[] | null | undefined) =>
    (list ?? []).map((p) => partyName(p)).join('; ');
  const row = (label: string, value: string | undefined) =>
    value ? (
      <div>
        <Typography.Text type="secondary">{label}: </Typography.Text>
        {value}
      </div>
    ) : null;
  const timeframe = block.timeframe as Timeframe | null | undefined;
  return (
    <div data-testid={`import-block-${path}`}>
      {leadProblems.length > 0 ? (
        <Flex gap={8} align="center" wrap>
          <Typography.Text type="secondary">{t('planImport.lead')}:</Typography.Text>
          <div style={{ flex: 1, minWidth: 220 }}>
            <UnitSearchSelect
              testId={`import-lead-${path}`}
              placeholder={t('planImport.chooseLead')}
              value={pickerValue(block.lead, nameOf)}
              onChange={(picked) => (picked ? onPickLead(picked) : onChange({ lead: null }))}
            />
          </div>
        </Flex>
      ) : (
        row(t('planImport.lead'), nameOf(block.lead))
      )}
      {row(t('planImport.guidance'), nameOf(block.guidance))}
      {row(t('planImport.coordinating'), parties(block.coordinating))}
      {row(t('planImport.implementing'), parties(block.implementing))}
      {timeProblems.length > 0 ? (
        <Flex gap={8} align="center" wrap>
          <Typography.Text type="secondary">{t('planImport.timeframe')}:</Typography.Text>
          <Select<Timeframe>
            size="small"
            style={{ minWidth: 160 }}
            placeholder={t('planImport.chooseTimeframe')}
            aria-label={t('planImport.chooseTimeframe')}
            data-testid={`import-timeframe-${path}`}
            value={timeframe ?? undefined}
            options={TIMEFRAMES.map((tf) => ({ value: tf, label: t(`tasks.timeframe.${tf}`) }))}
            onChange={(tf) =>
              onChange(tf === 'ONGOING' ? { timeframe: tf, dueDate: null } : { timeframe: tf })
            }
          />
          {timeframe === 'DUE' && (
            <DatePicker
              size="small"
              format="DD/MM/YYYY"
              aria-label={t('planImport.dueDate')}
              placeholder={t('planImport.dueDate')}
              data-testid={`import-due-${path}`}
              value={block.dueDate ? dayjs(block.dueDate) : null}
              onChange={(date) => onChange({ dueDate: date ? date.format('YYYY-MM-DD') : null })}
            />
          )}
        </Flex>
      ) : (
        timeframe && (
          <div>
            <Typography.Text type="secondary">{t('planImport.timeframe')}: </Typography.Text>
            <Tag>{t(`tasks.timeframe.${timeframe}`)}</Tag>
            {timeframe === 'DUE' &&
              block.dueDate &&
              t('tasks.due', { date: formatDate(block.dueDate) })}
          </div>
        )
      )}
      {block.sourceText && (
        <Typography.Paragraph type="secondary" italic style={{ margin: '4px 0 0', fontSize: 12 }}>
          {block.sourceText}
        </Typography.Paragraph>
      )}
      {problemsUnder(problems, path).map((p, i) => (
        <Typography.Paragraph key={i} type="danger" style={{ margin: 0 }}>
          {p.message}
        </Typography.Paragraph>
      ))}
    </div>
  );
}
