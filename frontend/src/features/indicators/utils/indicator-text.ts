/** Display of indicator values: percents the way the UI language writes numbers. */
import { formatNumber } from '@/utils/format';

/** A percent as "33,33" (vi) or "33.33" (en); null → "". */
export function formatPercent(value: number | null | undefined, language: string): string {
  return value == null ? '' : formatNumber(value, language);
}

/** The target band: "45–50 %", or "≥ 50 %" without a top. */
export function targetBandText(low: number, high: number | null, language: string): string {
  return high != null && high !== low
    ? `${formatNumber(low, language)}–${formatNumber(high, language)} %`
    : `≥ ${formatNumber(low, language)} %`;
}
