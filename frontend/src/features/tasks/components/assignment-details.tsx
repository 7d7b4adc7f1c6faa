import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PartyLink, UnitLink } from '@/components/ui/party-link';
import { TimeframeBadge } from '@/components/ui/timeframe-badge';
import type { AssignmentBlock, Party, UnitRef } from '@/types/api';

const { Text } = Typography;

/** "(nay: UBND xã Bờ Y)": who carries the part of a unit the block names that has closed. */
function CarriedBy({ block, unitId }: { block: AssignmentBlock; unitId: number }) {
  const { t } = useTranslation();
  const carrier = block.carriers?.find((c) => c.unitId === unitId);
  if (!carrier) return null;
  return (
    <Text type="secondary" data-testid={`carried-by-${block.id}-${unitId}`}>
      {' ('}
      {carrier.carriedBy.length === 0
        ? t('tasks.carriedByNobody')
        : t('tasks.carriedBy', { names: carrier.carriedBy.map((u) => u.name).join(', ') })}
      {')'}
    </Text>
  );
}

function NamedUnit({
  block,
  unit,
  short,
}: {
  block: AssignmentBlock;
  unit: UnitRef;
  short?: boolean;
}) {
  return (
    <>
      <UnitLink unit={unit} short={short} />
      <CarriedBy block={block} unitId={unit.id} />
    </>
  );
}

/** The parties in the document's order, each closed unit with who carries it now. */
function Parties({
  block,
  parties,
  short,
}: {
  block: AssignmentBlock;
  parties: Party[];
  short?: boolean;
}) {
  return (
    <>
      {parties.map((party, index) => (
        <span key={`${party.type}-${party.id}`}>
          {index > 0 && ', '}
          <PartyLink party={party} short={short} />
          {party.type === 'UNIT' && <CarriedBy block={block} unitId={party.id} />}
        </span>
      ))}
    </>
  );
}

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
          <NamedUnit block={block} unit={block.guidance} />
        </Line>
      )}
      {block.lead && (
        <Line label={t('tasks.role.LEAD')}>
          <NamedUnit block={block} unit={block.lead} />
        </Line>
      )}
      {block.coordinating.length > 0 && (
        <Line label={t('tasks.role.COORDINATING')}>
          <Parties block={block} parties={block.coordinating} />
        </Line>
      )}
      {block.implementing.length > 0 && (
        <Line label={t('tasks.role.IMPLEMENTING')}>
          <Parties block={block} parties={block.implementing} />
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
          <NamedUnit block={block} unit={block.lead} short />
        </span>
      ) : block.implementing.length > 0 ? (
        <span>
          <Text type="secondary">{t('tasks.role.IMPLEMENTING')}: </Text>
          <Parties block={block} parties={block.implementing} short />
        </span>
      ) : null}
      <TimeframeBadge timeframe={block.timeframe} dueDate={block.dueDate} />
    </Flex>
  );
}
