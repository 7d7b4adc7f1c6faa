import { Card, Flex, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaskNode } from '@/types/api';
import { AssignmentDetails, AssignmentSummary } from './assignment-details';

const { Paragraph, Title } = Typography;

function lastCoveredId(node: TaskNode): number | undefined {
  const ids = node.assignment?.taskIds;
  return ids && ids.length > 0 ? ids[ids.length - 1] : undefined;
}

/** Buttons the page adds to each task (e.g. its history), given the task. */
export type TaskActions = (task: Pick<TaskNode, 'id' | 'code'>) => ReactNode;

function Action({ node, actions }: { node: TaskNode; actions?: TaskActions }) {
  return (
    <li className="task-action" data-testid={`task-row-${node.code}`} data-task-id={node.id}>
      <Flex gap={8} align="baseline">
        <Tag className="task-code">{node.code}</Tag>
        <div style={{ flex: 1, minWidth: 0 }}>
          <Paragraph style={{ marginBottom: 4 }}>{node.text}</Paragraph>
          {node.assignment && <AssignmentSummary block={node.assignment} />}
        </div>
        {actions?.(node)}
      </Flex>
      {node.assignment && lastCoveredId(node) === node.id && (
        <AssignmentDetails block={node.assignment} />
      )}
    </li>
  );
}

function Item({ node, actions }: { node: TaskNode; actions?: TaskActions }) {
  return (
    <section className="task-item" data-testid={`task-row-${node.code}`} data-task-id={node.id}>
      <Flex gap={8} align="baseline">
        <Paragraph strong style={{ marginBottom: 8, flex: 1, minWidth: 0 }}>
          {node.label}) {node.text}
        </Paragraph>
        {actions?.(node)}
      </Flex>
      {node.assignment && (
        <div style={{ marginBottom: 8 }}>
          <AssignmentDetails block={node.assignment} />
        </div>
      )}
      {node.children.length > 0 && (
        <ul className="task-actions">
          {node.children.map((child) => (
            <Action key={child.id} node={child} actions={actions} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** Section III of the plan: groups, items and actions, with who does what and by when. */
export function TaskTree({ nodes, actions }: { nodes: TaskNode[]; actions?: TaskActions }) {
  const { t } = useTranslation();
  if (nodes.length === 0) return <Paragraph type="secondary">{t('tasks.noResults')}</Paragraph>;
  return (
    <div data-testid="task-tree">
      {nodes.map((group) => (
        <Card
          key={group.id}
          size="small"
          style={{ marginBottom: 16 }}
          data-testid={`task-row-${group.code}`}
          title={
            <Title level={5} style={{ margin: 0, whiteSpace: 'normal' }}>
              {group.label}. {group.text}
            </Title>
          }
          extra={actions?.(group)}
        >
          {group.assignment && <AssignmentDetails block={group.assignment} />}
          {group.children.map((item) =>
            item.kind === 'ACTION' ? (
              <ul key={item.id} className="task-actions">
                <Action node={item} actions={actions} />
              </ul>
            ) : (
              <Item key={item.id} node={item} actions={actions} />
            ),
          )}
        </Card>
      ))}
    </div>
  );
}
