import { Empty, Flex, Segmented, Timeline, Typography, theme } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import type { OrgChange } from '@/types/api';
import { formatDate } from '@/utils/format';
import { BasisText } from './basis-text';
import { ChangeKindTag } from './change-kind-tag';
import { UnitMoves } from './unit-refs';

function ChangeSummary({ change }: { change: OrgChange }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={2} style={{ minWidth: 0 }}>
      <Flex gap={8} wrap align="center">
        <Link to={paths.orgChange.getHref(change.id)} data-testid={`org-change-link-${change.id}`}>
          <Typography.Text strong>{formatDate(change.effectiveDate)}</Typography.Text>
        </Link>
        <ChangeKindTag kind={change.kind} />
      </Flex>
      <Typography.Text type="secondary">
        {t('orgChanges.basis')}: <BasisText basis={change.basis} />
      </Typography.Text>
      <UnitMoves from={change.predecessors} to={change.successors} />
    </Flex>
  );
}

type View = 'list' | 'timeline';

/** The recorded changes, as a list (latest first) or a timeline by effective date. */
export function OrgChangeList({ changes }: { changes: OrgChange[] }) {
  const { t } = useTranslation();
  const [view, setView] = useState<View>('list');
  const { token } = theme.useToken();
  const byDate = useMemo(() => {
    const days = new Map<string, OrgChange[]>();
    for (const change of [...changes].sort((a, b) =>
      a.effectiveDate === b.effectiveDate
        ? a.id - b.id
        : a.effectiveDate < b.effectiveDate
          ? -1
          : 1,
    ))
      days.set(change.effectiveDate, [...(days.get(change.effectiveDate) ?? []), change]);
    return [...days];
  }, [changes]);

  if (changes.length === 0) return <Empty description={t('orgChanges.empty')} />;
  return (
    <>
      <Segmented<View>
        value={view}
        onChange={setView}
        options={[
          { value: 'list', label: t('orgChanges.viewList') },
          { value: 'timeline', label: t('orgChanges.viewTimeline') },
        ]}
        style={{ marginBottom: 12 }}
        data-testid="org-change-view"
      />
      {view === 'list' ? (
        <ul
          data-testid="org-change-list"
          style={{
            listStyle: 'none',
            margin: 0,
            padding: 0,
            border: `1px solid ${token.colorBorderSecondary}`,
            borderRadius: token.borderRadiusLG,
          }}
        >
          {changes.map((change, index) => (
            <li
              key={change.id}
              data-testid={`org-change-${change.id}`}
              style={{
                padding: '10px 16px',
                borderTop: index > 0 ? `1px solid ${token.colorBorderSecondary}` : undefined,
              }}
            >
              <ChangeSummary change={change} />
            </li>
          ))}
        </ul>
      ) : (
        <Timeline
          data-testid="org-change-timeline"
          items={byDate.map(([day, ofDay]) => ({
            key: day,
            content: (
              <div data-testid={`timeline-${day}`}>
                <Typography.Text strong>
                  {t('orgChanges.effective', { date: formatDate(day) })}
                </Typography.Text>
                {ofDay.map((change) => (
                  <div key={change.id} style={{ marginTop: 6 }}>
                    <ChangeSummary change={change} />
                  </div>
                ))}
              </div>
            ),
          }))}
        />
      )}
    </>
  );
}
