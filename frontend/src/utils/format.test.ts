import {
  documentNumber,
  formatDate,
  formatDateTime,
  formatNumber,
  isPastDue,
  targetRangeText,
  type RangeLike,
} from './format';

describe('formatDate', () => {
  it('formats ISO dates as dd/MM/yyyy', () => {
    expect(formatDate('2023-12-31')).toBe('31/12/2023');
    expect(formatDate('2023-05-04')).toBe('04/05/2023');
    expect(formatDate('2024-02-29T10:00:00Z')).toBe('29/02/2024');
  });

  it('returns empty text for a missing date', () => {
    expect(formatDate(null)).toBe('');
    expect(formatDate(undefined)).toBe('');
  });
});

describe('formatDateTime', () => {
  it("formats an instant as dd/MM/yyyy HH:mm in the browser's time zone", () => {
    const local = new Date(2026, 0, 5, 7, 3);
    expect(formatDateTime(local.toISOString())).toBe('05/01/2026 07:03');
    expect(formatDateTime(null)).toBe('');
  });
});

describe('isPastDue', () => {
  it('is past due only strictly after the due date', () => {
    expect(isPastDue('2023-12-31', '2024-01-01')).toBe(true);
    expect(isPastDue('2023-12-31', '2023-12-31')).toBe(false);
    expect(isPastDue(null, '2030-01-01')).toBe(false);
  });
});

describe('documentNumber', () => {
  it('joins number and symbol, and leaves the number blank on a draft', () => {
    expect(documentNumber('3101', 'KH-UBND')).toBe('3101/KH-UBND');
    expect(documentNumber(null, 'KH-UBND')).toBe('/KH-UBND');
  });
});

describe('targetRangeText', () => {
  const base: RangeLike = {
    kind: 'QUANTITATIVE',
    low: 45,
    high: 50,
    measureUnit: '%',
    approximate: false,
  };

  it('shows a range with an en dash', () => {
    expect(targetRangeText(base, 'vi', 'khoảng')).toBe('45–50 %');
  });

  it('shows an approximate single value', () => {
    const about50 = { ...base, low: 50, high: 50, approximate: true };
    expect(targetRangeText(about50, 'vi', 'khoảng')).toBe('khoảng 50 %');
    expect(targetRangeText(about50, 'en', 'about')).toBe('about 50 %');
  });

  it('uses the language decimal separator', () => {
    const value = { ...base, low: 12.5, high: null };
    expect(targetRangeText(value, 'vi', 'khoảng')).toBe('12,5 %');
    expect(targetRangeText(value, 'en', 'about')).toBe('12.5 %');
  });

  it('has no range for a qualitative target', () => {
    const qualitative: RangeLike = {
      kind: 'QUALITATIVE',
      low: null,
      high: null,
      measureUnit: null,
      approximate: false,
    };
    expect(targetRangeText(qualitative, 'vi', 'khoảng')).toBeNull();
  });
});

describe('formatNumber', () => {
  it('writes numbers the Vietnamese way by default', () => {
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(formatNumber(1234567.25, 'vi')).toBe('1.234.567,25');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
  });
});
