import type { CurrentUser } from '@/types/api';
import { brokenRule, isWholeNumber, valueAccess } from './indicator-rules';

const unit = (id: number) => ({ id, name: `Đơn vị ${id}`, shortName: null });
const user = (role: CurrentUser['role'], unitIds: number[]): CurrentUser => ({
  id: 1,
  username: 'u',
  displayName: 'U',
  role,
  units: unitIds.map(unit),
  totpEnabled: false,
  canEnrolTotp: false,
});
const indicator = { numeratorSupplier: unit(17), denominatorSupplier: unit(11) };

describe('valueAccess', () => {
  it('gives the coordinator, an admin and the area officer both parts', () => {
    expect(valueAccess(user('COORDINATOR', [10]), indicator, 31, 10)).toEqual({
      numerator: true,
      denominator: true,
    });
    expect(valueAccess(user('ADMIN', []), indicator, 31, 10)).toEqual({
      numerator: true,
      denominator: true,
    });
    expect(valueAccess(user('UNIT_OFFICER', [31]), indicator, 31, 10)).toEqual({
      numerator: true,
      denominator: true,
    });
  });

  it("gives a supplier's officer their part, others nothing", () => {
    expect(valueAccess(user('UNIT_OFFICER', [17]), indicator, 31, 10)).toEqual({
      numerator: true,
      denominator: false,
    });
    expect(valueAccess(user('UNIT_OFFICER', [11]), indicator, 31, 10)).toEqual({
      numerator: false,
      denominator: true,
    });
    expect(valueAccess(user('UNIT_OFFICER', [32]), indicator, 31, 10)).toEqual({
      numerator: false,
      denominator: false,
    });
    expect(valueAccess(user('COORDINATOR', [12]), indicator, 31, 10)).toEqual({
      numerator: false,
      denominator: false,
    });
    expect(valueAccess(user('LEADER', [31]), indicator, 31, 10)).toEqual({
      numerator: false,
      denominator: false,
    });
  });
});

describe('brokenRule', () => {
  it('keeps a bounded numerator within its denominator', () => {
    expect(brokenRule('numerator', { numerator: 21, denominator: 20 }, true)).toEqual({
      part: 'numerator',
      whole: 'denominator',
    });
    expect(brokenRule('numerator', { numerator: 21, denominator: 20 }, false)).toBeUndefined();
    expect(brokenRule('numerator', { numerator: 20, denominator: 20 }, true)).toBeUndefined();
    expect(brokenRule('numerator', { numerator: 20 }, true)).toBeUndefined();
  });

  it('keeps a breakdown within its total', () => {
    expect(brokenRule('femaleNumerator', { femaleNumerator: 5, numerator: 4 }, false)).toEqual({
      part: 'femaleNumerator',
      whole: 'numerator',
    });
    expect(
      brokenRule('minorityDenominator', { minorityDenominator: 9, denominator: 8 }, true),
    ).toEqual({ part: 'minorityDenominator', whole: 'denominator' });
  });
});

describe('isWholeNumber', () => {
  it('takes whole numbers from 0 only', () => {
    expect(isWholeNumber(0)).toBe(true);
    expect(isWholeNumber(12)).toBe(true);
    expect(isWholeNumber(-1)).toBe(false);
    expect(isWholeNumber(1.5)).toBe(false);
    expect(isWholeNumber('3')).toBe(false);
  });
});
