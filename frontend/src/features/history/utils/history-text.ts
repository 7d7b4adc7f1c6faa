/** Display of audit-trail values and actors. */
import type { TFunction } from 'i18next';
import type { HistoryEntry } from '@/types/api';
import { formatDate, formatDateTime } from '@/utils/format';

/** A recorded value as the UI shows it: dates as dd/MM/yyyy, instants with the time. */
export function historyValue(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value);
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return formatDateTime(value);
  return value;
}

/** Who made a change: the username, or "Hệ thống" for the system itself. */
export function actorName(actor: HistoryEntry['actor'], t: TFunction): string {
  if (actor.via === 'SYSTEM') return t('history.system');
  return actor.username ?? t('history.unknownUser');
}
