/**
 * The consolidated report's editable fields as the form holds them, and unsaved edits kept in
 * localStorage per period so that a reload does not lose them; cleared when the report is saved.
 */
import type { Consolidated, ConsolidatedUpdate } from '@/types/api';

const PREFIX = 'plan-tracker.consolidated-draft.';

export interface SectionValues {
  /** 1 for a part (I, II, …), 2 for a task under it. */
  level: number;
  heading: string;
  body: string;
  /** The compliance table is printed after this section; kept as compiled. */
  complianceTable: boolean;
}

export interface ConsolidatedValues {
  title: string;
  place: string;
  symbol: string;
  /** "Nơi nhận", one recipient a line. */
  recipients: string;
  onBehalfOf: string;
  signingFor: string;
  signerTitle: string;
  signerName: string;
  sections: SectionValues[];
}

export interface ConsolidatedDraft {
  /** The report's version the edits started from. */
  version: number;
  values: ConsolidatedValues;
}

export const EMPTY_SECTION: SectionValues = {
  level: 2,
  heading: '',
  body: '',
  complianceTable: false,
};

export function loadConsolidatedDraft(periodId: number): ConsolidatedDraft | undefined {
  try {
    const raw = localStorage.getItem(PREFIX + periodId);
    if (!raw) return undefined;
    const draft = JSON.parse(raw) as ConsolidatedDraft;
    return Array.isArray(draft.values?.sections) ? draft : undefined;
  } catch {
    return undefined;
  }
}

export function storeConsolidatedDraft(periodId: number, draft: ConsolidatedDraft) {
  try {
    localStorage.setItem(PREFIX + periodId, JSON.stringify(draft));
  } catch {
    // Storage full or disabled: the edits last as long as the page.
  }
}

export function clearConsolidatedDraft(periodId: number) {
  try {
    localStorage.removeItem(PREFIX + periodId);
  } catch {
    // Nothing stored.
  }
}

/** ["UBND huyện", "Lưu: VT"] ↔ "UBND huyện\nLưu: VT". */
export function recipientsToText(recipients: readonly string[]): string {
  return recipients.join('\n');
}

/** One recipient a line; blank lines and surrounding spaces dropped. */
export function textToRecipients(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

export function consolidatedValues(report: Consolidated): ConsolidatedValues {
  return {
    title: report.title,
    place: report.place,
    symbol: report.symbol,
    recipients: recipientsToText(report.recipients),
    onBehalfOf: report.onBehalfOf ?? '',
    signingFor: report.signingFor ?? '',
    signerTitle: report.signerTitle ?? '',
    signerName: report.signerName ?? '',
    sections: report.sections.map(({ level, heading, body, complianceTable }) => ({
      level,
      heading,
      body,
      complianceTable,
    })),
  };
}

/** A signature line to send: left out when blank. */
function optional(value: string | undefined): string | undefined {
  return value?.trim() || undefined;
}

/** The PUT body for the form's values at `version`. */
export function toConsolidatedUpdate(
  values: ConsolidatedValues,
  version: number,
): ConsolidatedUpdate {
  return {
    title: values.title.trim(),
    place: values.place.trim(),
    symbol: values.symbol.trim(),
    recipients: textToRecipients(values.recipients ?? ''),
    onBehalfOf: optional(values.onBehalfOf),
    signingFor: optional(values.signingFor),
    signerTitle: optional(values.signerTitle),
    signerName: optional(values.signerName),
    sections: values.sections.map(({ level, heading, body, complianceTable }) => ({
      level,
      heading: heading.trim(),
      body: body ?? '',
      complianceTable: Boolean(complianceTable),
    })),
    version,
  };
}
