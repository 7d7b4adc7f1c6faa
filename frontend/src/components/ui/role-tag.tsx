import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Party, Role } from '@/types/api';

const COLORS: Record<Role, string> = {
  LEAD: 'volcano',
  COORDINATING: 'geekblue',
  IMPLEMENTING: 'green',
  GUIDANCE: 'purple',
};

/** A unit's role on a task ("Chủ trì", "Phối hợp" …), with "qua nhóm …" when through a group. */
export function RoleTag({ role, viaGroup }: { role: Role; viaGroup?: Party | null }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[role]} className="wrapping-tag" data-testid={`role-${role}`}>
      {t(`tasks.role.${role}`)}
      {viaGroup ? ` · ${t('tasks.viaGroup', { name: viaGroup.name })}` : ''}
    </Tag>
  );
}
