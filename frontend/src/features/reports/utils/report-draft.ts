/**
 * Unsaved edits of a report, kept in localStorage per report so that a reload does not lose
 * them; cleared when the report is saved.
 */
import type { EntryInput, Progress, ReportEntry } from '@/types/api';

const PREFIX = 'plan-tracker.report-draft.';

/** The editable part of an entry. */
export interface EntryValues {
  taskId: number;
  progress: Progress;
  results: string;
  obstacles: string;
}

export interface ReportDraft {
  /** The report's version the edits started from. */
  version: number;
  entries: EntryValues[];
}

export function loadDraft(reportId: number): ReportDraft | undefined {
  try {
    const raw = localStorage.getItem(PREFIX + reportId);
    if (!raw) return undefined;
    const draft = JSON.parse(raw) as ReportDraft;
    return Array.isArray(draft.entries) ? draft : undefined;
  } catch {
    return undefined;
  }
}

export function storeDraft(reportId: number, draft: ReportDraft) {
  try {
    localStorage.setItem(PREFIX + reportId, JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the edits last as long as the page.
  }
}

export function clearDraft(reportId: number) {
  try {
    localStorage.removeItem(PREFIX + reportId);
  } catch {
    // Nothing stored.
  }
}

export function entryValues(entry: ReportEntry): EntryValues {
  return {
    taskId: entry.taskId,
    progress: entry.progress,
    results: entry.results ?? '',
    obstacles: entry.obstacles ?? '',
  };
}

/** The server's entries with the draft's edits on top (by task; tasks no longer owed drop out). */
export function mergeDraft(entries: ReportEntry[], draft: ReportDraft | undefined): EntryValues[] {
  const edited = new Map(draft?.entries.map((e) => [e.taskId, e]));
  return entries.map((entry) => ({ ...entryValues(entry), ...edited.get(entry.taskId) }));
}

export function toEntryInputs(values: EntryValues[]): EntryInput[] {
  return values.map(({ taskId, progress, results, obstacles }) => ({
    taskId,
    progress,
    results: results.trim(),
    obstacles: obstacles.trim(),
  }));
}
