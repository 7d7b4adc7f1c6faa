import { TeamOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import type { Party, UnitRef } from '@/types/api';

export interface UnitLinkProps {
  unit: UnitRef;
  /** Show the short name ("Phòng GD&ĐT") with the full name as a tooltip. */
  short?: boolean;
}

/** A unit's name linking to its page ("Nhiệm vụ của đơn vị"). */
export function UnitLink({ unit, short = false }: UnitLinkProps) {
  const label = short && unit.shortName ? unit.shortName : unit.name;
  return (
    <Link
      to={paths.unit.getHref(unit.id)}
      title={label === unit.name ? undefined : unit.name}
      data-testid={`unit-link-${unit.id}`}
    >
      {label}
    </Link>
  );
}

/** A unit, or a group of units ("Các Phòng, ban, ngành huyện") linking to its entry on /units. */
export function PartyLink({ party, short = false }: { party: Party; short?: boolean }) {
  if (party.type === 'UNIT') return <UnitLink unit={party} short={short} />;
  // A group's shortName is its code (ALL_COMMUNES): always show the name.
  return (
    <Link to={`${paths.units.getHref()}#group-${party.id}`} data-testid={`group-link-${party.id}`}>
      <TeamOutlined /> {party.name}
    </Link>
  );
}

/** Parties separated by commas, in the order the document gives them. */
export function PartyList({ parties, short = false }: { parties: Party[]; short?: boolean }) {
  return (
    <>
      {parties.map((party, index) => (
        <span key={`${party.type}-${party.id}`}>
          {index > 0 && ', '}
          <PartyLink party={party} short={short} />
        </span>
      ))}
    </>
  );
}
