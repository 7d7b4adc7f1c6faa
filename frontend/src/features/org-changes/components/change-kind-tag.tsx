import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ChangeKind } from '@/types/api';

const COLOURS: Record<ChangeKind, string> = {
  RENAME: 'blue',
  MERGE: 'purple',
  SPLIT: 'orange',
  ABSORB: 'geekblue',
  DISSOLVE: 'red',
  CREATE: 'green',
  MOVE: 'cyan',
};

export function ChangeKindTag({ kind }: { kind: ChangeKind }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLOURS[kind]} data-testid={`change-kind-${kind}`}>
      {t(`orgChanges.kind.${kind}`)}
    </Tag>
  );
}
