/**
 * Unsaved edits of a report, kept in localStorage per report so that a reload does not lose
 * them; cleared when the report is saved.
 */
import type {
  EntryInput,
  Figure,
  FigureInput,
  Obstacle,
  ObstacleInput,
  Progress,
  ReportEntry,
} from '@/types/api';
import { isBlankRichText, toRichTextHtml } from '@/utils/rich-text';

const PREFIX = 'plan-tracker.report-draft.';

/** The editable part of an obstacle; `id` is set once it has been saved. */
export interface ObstacleValues {
  id?: number | null;
  description: string;
  proposal: string;
}

/** A figure as edited: the value is null until one is typed. */
export interface FigureValues {
  label: string;
  value: number | null;
  unit: string;
}

/** The editable part of an entry; `results` is the rich-text editor's HTML. */
export interface EntryValues {
  taskId: number;
  progress: Progress;
  results: string;
  obstacles: ObstacleValues[];
  figures: FigureValues[];
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

function figureValues(figure: Figure): FigureValues {
  return { label: figure.label, value: figure.value, unit: figure.unit ?? '' };
}

/** An entry's values; results saved before they were rich text become a paragraph. */
export function entryValues(entry: ReportEntry): EntryValues {
  return {
    taskId: entry.taskId,
    progress: entry.progress,
    results: toRichTextHtml(entry.results),
    obstacles: entry.obstacles.map(obstacleValues),
    figures: entry.figures.map(figureValues),
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
      // A draft from before results were rich text holds plain text.
      results: toRichTextHtml(draftEntry.results),
      obstacles: mergeObstacles(entry.obstacles, draftEntry.obstacles),
      // A draft from before figures keeps the server's.
      figures: Array.isArray(draftEntry.figures) ? draftEntry.figures : values.figures,
    };
  });
}

function toObstacleInput({ id, description, proposal }: ObstacleValues): ObstacleInput {
  const input: ObstacleInput = { description: description.trim() };
  if (id != null) input.id = id;
  if (proposal.trim()) input.proposal = proposal.trim();
  return input;
}

function toFigureInput({ label, value, unit }: FigureValues): FigureInput {
  const input: FigureInput = { label: label.trim(), value: value as number };
  if (unit?.trim()) input.unit = unit.trim();
  return input;
}

/**
 * The entries to save: results as HTML ("" when the editor is empty); obstacles and figures left
 * entirely blank are dropped. Figures are always sent, so removing the last one clears them.
 */
export function toEntryInputs(values: EntryValues[]): EntryInput[] {
  return values.map(({ taskId, progress, results, obstacles, figures }) => ({
    taskId,
    progress,
    results: isBlankRichText(results) ? '' : results.trim(),
    obstacles: (obstacles ?? [])
      .filter((o) => o.id != null || o.description.trim() || o.proposal.trim())
      .map(toObstacleInput),
    figures: (figures ?? [])
      .filter((f) => f.label?.trim() || f.value != null || f.unit?.trim())
      .map(toFigureInput),
  }));
}
