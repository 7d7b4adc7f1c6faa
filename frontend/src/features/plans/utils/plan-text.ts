/** How a plan names itself: "Kế hoạch số 135/KH-UBND", "Số: /KH-UBND", "ngày …" or "năm 2023". */
import type { TFunction } from 'i18next';
import type { PlanSummary } from '@/types/api';
import { documentNumber, formatDate } from '@/utils/format';

type Numbered = Pick<PlanSummary, 'number' | 'symbol'>;
type Dated = Pick<PlanSummary, 'issueDate' | 'issueYear'>;

export function planHeading(plan: Numbered, t: TFunction): string {
  return t('plan.heading', { number: documentNumber(plan.number, plan.symbol) });
}

export function planDateText(plan: Dated, t: TFunction): string {
  return plan.issueDate
    ? t('plan.dateExact', { date: formatDate(plan.issueDate) })
    : t('plan.dateYear', { year: plan.issueYear });
}

/** "Kế hoạch số 135/KH-UBND" once numbered; "Kế hoạch – Số: /KH-UBND" until the number is known. */
export function planLabel(plan: Numbered, t: TFunction): string {
  return plan.number
    ? planHeading(plan, t)
    : t('plan.headingDraft', { number: documentNumber(plan.number, plan.symbol) });
}
