/** Who may do what with periods and reports, as the API enforces it. */
import type { CurrentUser, Period, Report, ReportStatus } from '@/types/api';
import { todayIso } from '@/utils/format';

/** ADMIN, or a COORDINATOR of the plan's coordinating office, opens periods and reviews. */
export function canManageReporting(user: CurrentUser, coordinatorId: number | null | undefined) {
  if (user.role === 'ADMIN') return true;
  return (
    user.role === 'COORDINATOR' &&
    coordinatorId != null &&
    user.units.some((u) => u.id === coordinatorId)
  );
}

const EDITABLE: readonly ReportStatus[] = ['DRAFT', 'RETURNED'];

/** The unit's own officer edits and submits while the report is a draft or returned. */
export function canEditReport(user: CurrentUser, report: Pick<Report, 'unit' | 'status'>) {
  return (
    user.role === 'UNIT_OFFICER' &&
    user.units.some((u) => u.id === report.unit.id) &&
    EDITABLE.includes(report.status)
  );
}

/** A period is open while its window has started and its due date has not passed. */
export function isPeriodOpen(period: Pick<Period, 'windowStart' | 'dueDate'>, today = todayIso()) {
  return period.windowStart <= today && today <= period.dueDate;
}
