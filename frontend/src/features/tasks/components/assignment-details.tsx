import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PartyList, UnitLink } from '@/components/ui/party-link';
import { TimeframeBadge } from '@/components/ui/timeframe-badge';
import type { AssignmentBlock } from '@/types/api';

const { Text } = Typography;

function Line({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text type="secondary">{label}: </Text>
      {children}
    </div>
  );
}

/** The full "Đơn vị thực hiện / Thời gian thực hiện" block, as the document states it. */
export function AssignmentDetails({ block }: { block: AssignmentBlock }) {
  const { t } = useTranslation();
  return (
    <div
      className="assignment-block"
      data-testid={`assignment-block-${block.id}`}
      title={block.sourceText}
    >
      {block.guidance && (
        <Line label={t('tasks.role.GUIDANCE')}>
          <UnitLink unit={block.guidance} />
        </Line>
      )}
      {block.lead && (
        <Line label={t('tasks.role.LEAD')}>
          <UnitLink unit={block.lead} />
        </Line>
      )}
      {block.coordinating.length > 0 && (
        <Line label={t('tasks.role.COORDINATING')}>
          <PartyList parties={block.coordinating} />
        </Line>
      )}
      {block.implementing.length > 0 && (
        <Line label={t('tasks.role.IMPLEMENTING')}>
          <PartyList parties={block.implementing} />
        </Line>
      )}
      <Flex gap={4} align="center" wrap>
        <Text type="secondary">{t('tasks.timeframeLabel')}:</Text>
        <TimeframeBadge timeframe={block.timeframe} dueDate={block.dueDate} />
      </Flex>
    </div>
  );
}

/** One line under a task: who leads it (or who implements it when nobody leads) and when. */
export function AssignmentSummary({ block }: { block: AssignmentBlock }) {
  const { t } = useTranslation();
  return (
    <Flex gap={8} align="center" wrap className="assignment-summary">
      {block.lead ? (
        <span>
          <Text type="secondary">{t('tasks.role.LEAD')}: </Text>
          <UnitLink unit={block.lead} short />
        </span>
      ) : block.implementing.length > 0 ? (
        <span>
          <Text type="secondary">{t('tasks.role.IMPLEMENTING')}: </Text>
          <PartyList parties={block.implementing} short />
        </span>
      ) : null}
      <TimeframeBadge timeframe={block.timeframe} dueDate={block.dueDate} />
    </Flex>
  );
}
