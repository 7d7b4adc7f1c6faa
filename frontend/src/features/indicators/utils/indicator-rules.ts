/** Who may write an indicator's figures, and what the figures must satisfy, as the API checks. */
import type { CurrentUser, Indicator } from '@/types/api';

/** Which parts of an area's figures the user may give. */
export interface ValueAccess {
  numerator: boolean;
  denominator: boolean;
}

export const NO_ACCESS: ValueAccess = { numerator: false, denominator: false };

/**
 * The plan's coordinator (a COORDINATOR of its coordinating office) or an admin defines the
 * indicators and corrects any figure: the same rule as for managing the plan's reporting.
 */
export function canEditIndicator(user: CurrentUser, coordinatorId: number | null | undefined) {
  if (user.role === 'ADMIN') return true;
  return (
    user.role === 'COORDINATOR' &&
    coordinatorId != null &&
    user.units.some((u) => u.id === coordinatorId)
  );
}

function officerOf(user: CurrentUser, unitId: number | null | undefined) {
  return user.role === 'UNIT_OFFICER' && unitId != null && user.units.some((u) => u.id === unitId);
}

/**
 * The parts of an area's figures the user may give: both for the coordinator, an admin or an
 * officer of the area; one for an officer of the office that supplies that part for every area.
 */
export function valueAccess(
  user: CurrentUser,
  indicator: Pick<Indicator, 'numeratorSupplier' | 'denominatorSupplier'>,
  areaId: number,
  coordinatorId: number | null | undefined,
): ValueAccess {
  if (canEditIndicator(user, coordinatorId) || officerOf(user, areaId))
    return { numerator: true, denominator: true };
  return {
    numerator: officerOf(user, indicator.numeratorSupplier?.id),
    denominator: officerOf(user, indicator.denominatorSupplier?.id),
  };
}

export const canWrite = (access: ValueAccess) => access.numerator || access.denominator;

/** What the signed-in user may give of an area's figures for an indicator. */
export type AccessFor = (
  indicator: Pick<Indicator, 'numeratorSupplier' | 'denominatorSupplier'>,
  areaId: number,
) => ValueAccess;

/** A unit to pick (a supplier, an area) and the groups of areas. */
export interface UnitChoices {
  units: { id: number; name: string }[];
  groups: { id: number; name: string; members: { id: number; name: string }[] }[];
}

/** The figure fields of IndicatorValueInput. */
export type FigureField =
  | 'numerator'
  | 'denominator'
  | 'femaleNumerator'
  | 'femaleDenominator'
  | 'minorityNumerator'
  | 'minorityDenominator';

export const NUMERATOR_FIELDS: readonly FigureField[] = [
  'numerator',
  'femaleNumerator',
  'minorityNumerator',
];
export const DENOMINATOR_FIELDS: readonly FigureField[] = [
  'denominator',
  'femaleDenominator',
  'minorityDenominator',
];
export const FIGURE_FIELDS: readonly FigureField[] = [...NUMERATOR_FIELDS, ...DENOMINATOR_FIELDS];

/** A part and the whole it may not exceed. */
export interface PartRule {
  part: FigureField;
  whole: FigureField;
}

/**
 * The parts that may not exceed their wholes (the server's FigureRules): with a bounded indicator
 * each numerator its denominator; always each breakdown its total.
 */
export function partRules(bounded: boolean): PartRule[] {
  const rules: PartRule[] = [];
  if (bounded)
    rules.push(
      { part: 'numerator', whole: 'denominator' },
      { part: 'femaleNumerator', whole: 'femaleDenominator' },
      { part: 'minorityNumerator', whole: 'minorityDenominator' },
    );
  rules.push(
    { part: 'femaleNumerator', whole: 'numerator' },
    { part: 'femaleDenominator', whole: 'denominator' },
    { part: 'minorityNumerator', whole: 'numerator' },
    { part: 'minorityDenominator', whole: 'denominator' },
  );
  return rules;
}

export type Figures = Partial<Record<FigureField, number | null | undefined>>;

/** The first rule `field` breaks as a part, or undefined. */
export function brokenRule(
  field: FigureField,
  values: Figures,
  bounded: boolean,
): PartRule | undefined {
  return partRules(bounded).find(({ part, whole }) => {
    if (part !== field) return false;
    const p = values[part];
    const w = values[whole];
    return p != null && w != null && p > w;
  });
}

/** A figure as the API takes it: a whole number from 0, below 2^53. */
export function isWholeNumber(value: unknown) {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** The current year in the browser. */
export function currentYear() {
  return new Date().getFullYear();
}
