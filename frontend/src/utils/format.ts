/** Formatting of dates, document numbers and target ranges for display. */
import dayjs from 'dayjs';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2023-12-31" → "31/12/2023"; anything else is returned unchanged, null → "". */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = ISO_DATE.exec(iso.slice(0, 10));
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** An ISO instant as dd/MM/yyyy HH:mm in the browser's time zone; null → "". */
export function formatDateTime(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format('DD/MM/YYYY HH:mm') : '';
}

/** Today as an ISO date in the browser's time zone. */
export function todayIso(): string {
  return dayjs().format('YYYY-MM-DD');
}

/** A due date is past when it is strictly before today. */
export function isPastDue(dueDate: string | null | undefined, today: string = todayIso()): boolean {
  return Boolean(dueDate) && (dueDate as string) < today;
}

/** "135" + "KH-UBND" → "135/KH-UBND"; no number yet → "/KH-UBND" (as on an unsigned draft). */
export function documentNumber(number: string | null | undefined, symbol: string): string {
  return `${number?.trim() ?? ''}/${symbol}`;
}

export interface RangeLike {
  kind: 'QUANTITATIVE' | 'QUALITATIVE';
  low: number | null;
  high: number | null;
  measureUnit: string | null;
  approximate: boolean;
}

/**
 * The measurable part of a target: "45–50 %", "khoảng 50 %" / "about 50 %", "50 %".
 * Returns null for a qualitative target or one without numbers.
 */
export function targetRangeText(target: RangeLike, language: string, about: string): string | null {
  if (target.kind !== 'QUANTITATIVE') return null;
  const fmt = new Intl.NumberFormat(language === 'en' ? 'en' : 'vi', { maximumFractionDigits: 2 });
  const unit = target.measureUnit ? ` ${target.measureUnit}` : '';
  const { low, high } = target;
  let value: string;
  if (low != null && high != null && low !== high) value = `${fmt.format(low)}–${fmt.format(high)}`;
  else if (low != null || high != null) value = fmt.format((low ?? high) as number);
  else return null;
  return `${target.approximate ? `${about} ` : ''}${value}${unit}`;
}

/** A number as the language writes it: vi 1.234,5, en 1,234.5; at most 2 decimals. */
export function formatNumber(value: number, language: string = 'vi'): string {
  return new Intl.NumberFormat(language === 'en' ? 'en' : 'vi', {
    maximumFractionDigits: 2,
  }).format(value);
}
