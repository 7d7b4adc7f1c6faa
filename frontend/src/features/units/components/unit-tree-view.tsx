import { TeamOutlined } from '@ant-design/icons';
import { Card, Col, Empty, Input, Row, Tag, Tree, Typography } from 'antd';
import type { TreeDataNode } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UnitLink } from '@/components/ui/party-link';
import type { UnitGroup, UnitNode, UnitTree } from '@/types/api';
import { compareVietnamese, matchesVietnamese, sortByVietnamese } from '@/utils/text';

function toTreeData(
  nodes: UnitNode[],
  query: string,
  formerly: (names: string) => string,
): TreeDataNode[] {
  return [...nodes]
    .sort((a, b) => compareVietnamese(a.name, b.name))
    .flatMap((unit) => {
      const children = toTreeData(unit.children, query, formerly);
      const matches = matchesVietnamese(query, unit.name, unit.shortName);
      if (!matches && children.length === 0) return [];
      return [
        {
          key: unit.id,
          title: (
            <span data-testid={`unit-node-${unit.id}`}>
              <UnitLink unit={unit} />
              {unit.shortName && unit.shortName !== unit.name && (
                <Typography.Text type="secondary"> · {unit.shortName}</Typography.Text>
              )}
              {unit.formerly.length > 0 && (
                <Typography.Text type="secondary" data-testid={`formerly-${unit.id}`}>
                  {' '}
                  ({formerly(unit.formerly.join(', '))})
                </Typography.Text>
              )}
            </span>
          ),
          children,
        },
      ];
    });
}

function GroupCard({ group }: { group: UnitGroup }) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      id={`group-${group.id}`}
      data-testid={`unit-group-${group.id}`}
      title={
        <span style={{ whiteSpace: 'normal' }}>
          <TeamOutlined /> {group.name}
        </span>
      }
      extra={<Tag>{t(`units.selection.${group.selection}`)}</Tag>}
      style={{ marginBottom: 12 }}
    >
      <Typography.Text type="secondary">
        {t('units.members', { count: group.members.length })}
      </Typography.Text>
      <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
        {sortByVietnamese(group.members, (m) => m.name).map((member) => (
          <li key={member.id}>
            <UnitLink unit={member} />
          </li>
        ))}
      </ul>
    </Card>
  );
}

/** The organisation: units as a searchable tree, and the named groups with their members. */
export function UnitTreeView({ tree }: { tree: UnitTree }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const treeData = useMemo(
    () => toTreeData(tree.units, query, (names) => t('units.formerly', { names })),
    [tree.units, query, t],
  );
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={14}>
        <Card title={t('units.title')} size="small">
          <Input.Search
            allowClear
            placeholder={t('units.search')}
            aria-label={t('units.search')}
            onChange={(e) => setQuery(e.target.value)}
            style={{ marginBottom: 12 }}
            data-testid="unit-search"
          />
          {treeData.length === 0 ? (
            <Empty />
          ) : (
            <Tree
              key={query}
              treeData={treeData}
              defaultExpandAll
              selectable={false}
              blockNode
              data-testid="unit-tree"
            />
          )}
        </Card>
      </Col>
      <Col xs={24} lg={10}>
        <Typography.Title level={5}>{t('units.groups')}</Typography.Title>
        {sortByVietnamese(tree.groups, (g) => g.name).map((group) => (
          <GroupCard key={group.id} group={group} />
        ))}
      </Col>
    </Row>
  );
}
