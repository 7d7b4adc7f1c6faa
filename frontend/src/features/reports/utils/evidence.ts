/**
 * Evidence files as the API takes them: PDF, DOCX, XLSX, JPG or PNG, up to 10 MB and 10 files a
 * task. The server tells the type by the content and stays the authority; the checks here only
 * spare the officer an upload that is bound to fail.
 */
import type { Evidence } from '@/types/api';

export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;
export const EVIDENCE_MAX_FILES = 10;
export const EVIDENCE_EXTENSIONS = ['.pdf', '.docx', '.xlsx', '.jpg', '.jpeg', '.png'] as const;
/** For the file input's `accept`. */
export const EVIDENCE_ACCEPT = EVIDENCE_EXTENSIONS.join(',');

export type EvidenceRefusal = 'evidenceTooLarge' | 'evidenceWrongType' | 'evidenceTooMany';

/** Why the file would be refused (an i18n key under `reports.`), or undefined when it may go. */
export function checkEvidenceFile(
  file: Pick<File, 'name' | 'size'>,
  attached: number,
): EvidenceRefusal | undefined {
  const name = file.name.toLowerCase();
  if (!EVIDENCE_EXTENSIONS.some((extension) => name.endsWith(extension)))
    return 'evidenceWrongType';
  if (file.size > EVIDENCE_MAX_BYTES) return 'evidenceTooLarge';
  if (attached >= EVIDENCE_MAX_FILES) return 'evidenceTooMany';
  return undefined;
}

/** "340 KB", "1,5 MB" (Vietnamese) or "1.5 MB" (English); below 1 KB in bytes. */
export function formatFileSize(bytes: number, language: string): string {
  const format = (value: number) =>
    new Intl.NumberFormat(language === 'en' ? 'en' : 'vi', { maximumFractionDigits: 1 }).format(
      value,
    );
  if (bytes < 1024) return `${format(bytes)} B`;
  if (bytes < 1024 * 1024) return `${format(bytes / 1024)} KB`;
  return `${format(bytes / (1024 * 1024))} MB`;
}

/** The first 8 hex digits of the SHA-256, enough to compare a file by eye. */
export function shortChecksum(sha256: string): string {
  return sha256.slice(0, 8);
}

/** Where the file downloads from: a same-origin link, so the session cookie goes with it. */
export function evidenceHref(reportId: number, evidence: Pick<Evidence, 'id'>): string {
  return `/api/v1/reports/${reportId}/evidence/${evidence.id}`;
}
