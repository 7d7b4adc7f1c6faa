import { Alert, Button, Card, Descriptions, Flex, Popconfirm, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import type { OrgChange } from '@/types/api';
import { formatDate, formatDateTime } from '@/utils/format';
import { useUndoOrgChange } from '../api/undo-org-change';
import { BasisText } from './basis-text';
import { ChangeKindTag } from './change-kind-tag';
import { UnitMoves, UnitRefs } from './unit-refs';

export interface OrgChangeDetailProps {
  change: OrgChange;
  /** After the change was undone (it no longer exists). */
  onUndone: () => void;
}

/**
 * One change: its legal basis, the units it closed and opened, and Undo when the view says the
 * caller may undo it now; otherwise the server's reason why it can no longer be undone.
 */
export function OrgChangeDetail({ change, onUndone }: OrgChangeDetailProps) {
  const { t } = useTranslation();
  const undo = useUndoOrgChange();
  const dayBefore = dayjs(change.effectiveDate).subtract(1, 'day').format('YYYY-MM-DD');
  const mayUndo = change.actions.includes('UNDO');
  return (
    <Card
      data-testid="org-change-detail"
      title={
        <Flex gap={8} wrap align="center" style={{ whiteSpace: 'normal' }}>
          <ChangeKindTag kind={change.kind} />
          <span>{t('orgChanges.effective', { date: formatDate(change.effectiveDate) })}</span>
        </Flex>
      }
      extra={
        mayUndo && (
          <Popconfirm
            title={t('orgChanges.undoConfirm')}
            okText={t('orgChanges.undo')}
            cancelText={t('common.cancel')}
            onConfirm={() =>
              undo.mutate({ id: change.id, version: change.version }, { onSuccess: onUndone })
            }
          >
            <Button danger loading={undo.isPending} data-testid="org-change-undo">
              {t('orgChanges.undo')}
            </Button>
          </Popconfirm>
        )
      }
    >
      {undo.isError && <ErrorAlert error={undo.error} />}
      {change.undoRefusal && (
        <Alert
          type="info"
          showIcon
          title={t('orgChanges.cannotUndo')}
          description={change.undoRefusal}
          data-testid="org-change-undo-refusal"
          style={{ marginBottom: 12 }}
        />
      )}
      <Descriptions column={1} size="small" layout="vertical" colon={false}>
        <Descriptions.Item label={t('orgChanges.basis')}>
          <span>
            <Typography.Text strong>{change.basis.documentType}</Typography.Text>{' '}
            <BasisText basis={change.basis} withTitle />
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('orgChanges.moves')}>
          <UnitMoves from={change.predecessors} to={change.successors} />
        </Descriptions.Item>
        <Descriptions.Item label={t('orgChanges.closed', { date: formatDate(dayBefore) })}>
          <span data-testid="org-change-closed">
            <UnitRefs units={change.predecessors} />
          </span>
        </Descriptions.Item>
        <Descriptions.Item
          label={t('orgChanges.opened', { date: formatDate(change.effectiveDate) })}
        >
          <span data-testid="org-change-opened">
            <UnitRefs units={change.successors} />
          </span>
        </Descriptions.Item>
        {change.note && (
          <Descriptions.Item label={t('orgChanges.note')}>{change.note}</Descriptions.Item>
        )}
        <Descriptions.Item label={t('orgChanges.recordedBy')}>
          {change.recordedBy} · {formatDateTime(change.recordedAt)}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
