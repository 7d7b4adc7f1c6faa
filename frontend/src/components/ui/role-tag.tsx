import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Party, Role, UnitRef } from '@/types/api';

const COLORS: Record<Role, string> = {
  LEAD: 'volcano',
  COORDINATING: 'geekblue',
  IMPLEMENTING: 'green',
  GUIDANCE: 'purple',
};

/**
 * A unit's role on a task ("Chủ trì", "Phối hợp" …), with "qua nhóm …" when through a group and
 * "thay …" when it carries the part of a unit that closed.
 */
export function RoleTag({
  role,
  viaGroup,
  carriedFor,
}: {
  role: Role;
  viaGroup?: Party | null;
  carriedFor?: UnitRef | null;
}) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[role]} className="wrapping-tag" data-testid={`role-${role}`}>
      {t(`tasks.role.${role}`)}
      {viaGroup ? ` · ${t('tasks.viaGroup', { name: viaGroup.name })}` : ''}
      {carriedFor ? ` · ${t('tasks.carriedFor', { name: carriedFor.name })}` : ''}
    </Tag>
  );
}
