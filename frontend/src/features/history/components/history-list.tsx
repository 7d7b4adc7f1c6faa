import { ArrowRightOutlined, UserOutlined } from '@ant-design/icons';
import { Empty, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HistoryEntry } from '@/types/api';
import { formatDateTime } from '@/utils/format';
import { actorName, historyValue } from '../utils/history-text';

const { Text } = Typography;

const COLORS: Record<HistoryEntry['change'], string> = {
  ADDED: 'green',
  MODIFIED: 'blue',
  DELETED: 'red',
};

function Value({ value }: { value: string | null }) {
  const { t } = useTranslation();
  if (value === null || value === '')
    return (
      <Text type="secondary" italic>
        {t('history.emptyValue')}
      </Text>
    );
  return <>{historyValue(value)}</>;
}

function Entry({ entry }: { entry: HistoryEntry }) {
  const { t } = useTranslation();
  return (
    <li data-testid={`history-entry-${entry.revision}`}>
      <Flex gap={8} wrap align="center">
        <Text strong>{formatDateTime(entry.at)}</Text>
        <Tag color={COLORS[entry.change]}>{t(`history.change.${entry.change}`)}</Tag>
        <Text data-testid="history-actor">
          <UserOutlined /> {actorName(entry.actor, t)}
        </Text>
        {entry.actor.via === 'TOKEN' && <Tag>{t('history.viaToken')}</Tag>}
      </Flex>
      {entry.note && (
        <Text type="secondary" italic data-testid="history-note">
          {entry.note}
        </Text>
      )}
      {entry.changes.length > 0 && (
        <ul className="history-changes">
          {entry.changes.map((change) => (
            <li key={change.field} data-testid={`history-change-${change.field}`}>
              <Text type="secondary">
                {t(`history.field.${change.field}`, { defaultValue: change.field })}:
              </Text>{' '}
              <Value value={change.before} /> <ArrowRightOutlined aria-label="→" />{' '}
              <Value value={change.after} />
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** Changes, newest first: when, what kind, who, and each field before → after. */
export function HistoryList({ entries }: { entries: HistoryEntry[] }) {
  const { t } = useTranslation();
  if (entries.length === 0) return <Empty description={t('history.empty')} />;
  return (
    <ul className="plain-list" data-testid="history-list">
      {entries.map((entry) => (
        <Entry key={entry.revision} entry={entry} />
      ))}
    </ul>
  );
}
