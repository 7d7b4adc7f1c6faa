/**
 * Unsaved edits of a report, kept in localStorage per report so that a reload does not lose
 * them; cleared when the report is saved.
 */
import type { EntryInput, Obstacle, ObstacleInput, Progress, ReportEntry } from '@/types/api';

const PREFIX = 'plan-tracker.report-draft.';

/** The editable part of an obstacle; `id` is set once it has been saved. */
export interface ObstacleValues {
  id?: number | null;
  description: string;
  proposal: string;
}

/** The editable part of an entry. */
export interface EntryValues {
  taskId: number;
  progress: Progress;
  results: string;
  obstacles: ObstacleValues[];
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

/** Once the coordinator has handled an obstacle, the unit can no longer change or remove it. */
export function isHandled(obstacle: Pick<Obstacle, 'status' | 'response'>) {
  return obstacle.status !== 'OPEN' || Boolean(obstacle.response);
}

function obstacleValues(obstacle: Obstacle): ObstacleValues {
  return {
    id: obstacle.id,
    description: obstacle.description,
    proposal: obstacle.proposal ?? '',
  };
}

export function entryValues(entry: ReportEntry): EntryValues {
  return {
    taskId: entry.taskId,
    progress: entry.progress,
    results: entry.results ?? '',
    obstacles: entry.obstacles.map(obstacleValues),
  };
}

/**
 * A draft's obstacles over the server's: handled ones always as the server has them (and kept
 * when the draft dropped them); a draft from before obstacles were a list becomes one obstacle.
 */
function mergeObstacles(server: Obstacle[], drafted: unknown): ObstacleValues[] {
  const list: ObstacleValues[] = Array.isArray(drafted)
    ? (drafted as ObstacleValues[])
    : typeof drafted === 'string' && drafted.trim()
      ? [...server.map(obstacleValues), { description: drafted, proposal: '' }]
      : server.map(obstacleValues);
  const byId = new Map(server.map((o) => [o.id, o]));
  const merged = list.map((values) => {
    const saved = values.id != null ? byId.get(values.id) : undefined;
    if (values.id != null && !saved) return { ...values, id: undefined };
    return saved && isHandled(saved) ? obstacleValues(saved) : values;
  });
  const present = new Set(merged.map((o) => o.id));
  const dropped = server.filter((o) => isHandled(o) && !present.has(o.id)).map(obstacleValues);
  return [...merged, ...dropped];
}

/** The server's entries with the draft's edits on top (by task; tasks no longer owed drop out). */
export function mergeDraft(entries: ReportEntry[], draft: ReportDraft | undefined): EntryValues[] {
  const edited = new Map(draft?.entries.map((e) => [e.taskId, e]));
  return entries.map((entry) => {
    const values = entryValues(entry);
    const draftEntry = edited.get(entry.taskId);
    if (!draftEntry) return values;
    return {
      ...values,
      ...draftEntry,
      obstacles: mergeObstacles(entry.obstacles, draftEntry.obstacles),
    };
  });
}

function toObstacleInput({ id, description, proposal }: ObstacleValues): ObstacleInput {
  const input: ObstacleInput = { description: description.trim() };
  if (id != null) input.id = id;
  if (proposal.trim()) input.proposal = proposal.trim();
  return input;
}

/** The entries to save; obstacles left entirely blank are dropped. */
export function toEntryInputs(values: EntryValues[]): EntryInput[] {
  return values.map(({ taskId, progress, results, obstacles }) => ({
    taskId,
    progress,
    results: results.trim(),
    obstacles: (obstacles ?? [])
      .filter((o) => o.id != null || o.description.trim() || o.proposal.trim())
      .map(toObstacleInput),
  }));
}
