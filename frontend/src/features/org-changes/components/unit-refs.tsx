import { ArrowRightOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { UnitLink } from '@/components/ui/party-link';
import type { UnitRef } from '@/types/api';

/** Units as links, separated by commas; a dash for none. */
export function UnitRefs({ units }: { units: UnitRef[] }) {
  if (units.length === 0) return <Typography.Text type="secondary">–</Typography.Text>;
  return (
    <>
      {units.map((unit, index) => (
        <span key={unit.id}>
          {index > 0 && ', '}
          <UnitLink unit={unit} />
        </span>
      ))}
    </>
  );
}

/** "A, B → C": where the units of a change went. */
export function UnitMoves({ from, to }: { from: UnitRef[]; to: UnitRef[] }) {
  return (
    <span style={{ overflowWrap: 'anywhere' }}>
      <UnitRefs units={from} /> <ArrowRightOutlined aria-label="→" /> <UnitRefs units={to} />
    </span>
  );
}
