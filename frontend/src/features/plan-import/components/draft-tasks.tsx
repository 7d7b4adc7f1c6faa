import { Card, Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DraftBlock, DraftParty, DraftProblem, DraftTaskGroup } from '@/types/api';
import { problemsAt, problemsUnder } from '../utils/draft';
import { DraftBlockView } from './draft-block';

const FLAGGED = { border: '1px solid #ff4d4f', borderRadius: 4, padding: '4px 8px' };

/** The messages about a group or item itself (missing label or text), not its contents. */
function OwnProblems({ problems, path }: { problems: readonly DraftProblem[]; path: string }) {
  const own = [path, `${path}.label`, `${path}.text`].flatMap((p) => problemsAt(problems, p));
  return own.map((p, i) => (
    <Typography.Paragraph key={i} type="danger" style={{ margin: 0 }}>
      {p.message}
    </Typography.Paragraph>
  ));
}

export interface DraftTasksProps {
  tasks: readonly DraftTaskGroup[];
  problems: readonly DraftProblem[];
  nameOf: (key: string | null | undefined) => string | undefined;
  partyName: (party: DraftParty) => string;
  /** `path` is the body entry's: "tasks[1].items[0].body[2]". */
  onBlockChange: (path: [number, number, number], change: Partial<DraftBlock>) => void;
  onPickLead: (path: [number, number, number], unit: { id: number; name: string }) => void;
}

/** Groups → items → body (bullets and assignment blocks); entries with a problem are outlined. */
export function DraftTasks({
  tasks,
  problems,
  nameOf,
  partyName,
  onBlockChange,
  onPickLead,
}: DraftTasksProps) {
  const { t } = useTranslation();
  const count = tasks.reduce((sum, g) => sum + (g.items?.length ?? 0), 0);
  return (
    <Card size="small" title={t('planImport.tasks', { count })} data-testid="import-tasks">
      {tasks.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('planImport.noTasks')} />
      ) : (
        tasks.map((group, g) => (
          <section key={g} style={{ marginBottom: 12 }}>
            <Typography.Text strong>
              {group.label} {group.text}
            </Typography.Text>
            <OwnProblems problems={problems} path={`tasks[${g}]`} />
            {(group.items ?? []).map((item, i) => (
              <div key={i} style={{ margin: '6px 0 0 12px' }}>
                <Typography.Text>
                  {item.label} {item.text}
                </Typography.Text>
                <OwnProblems problems={problems} path={`tasks[${g}].items[${i}]`} />
                {(item.body ?? []).map((entry, b) => {
                  const path = `tasks[${g}].items[${i}].body[${b}]`;
                  const flagged = problemsUnder(problems, path).length > 0;
                  return (
                    <div
                      key={b}
                      data-testid={`import-entry-${path}`}
                      data-flagged={flagged}
                      style={{ margin: '4px 0 0 12px', ...(flagged ? FLAGGED : {}) }}
                    >
                      {entry.action != null && <div>– {entry.action}</div>}
                      {entry.block && (
                        <DraftBlockView
                          block={entry.block}
                          path={`${path}.block`}
                          problems={problems}
                          nameOf={nameOf}
                          partyName={partyName}
                          onChange={(change) => onBlockChange([g, i, b], change)}
                          onPickLead={(unit) => onPickLead([g, i, b], unit)}
                        />
                      )}
                    </div>
                  );
                })}
              </div>
            ))}
          </section>
        ))
      )}
    </Card>
  );
}
