import { useMutation } from '@tanstack/react-query';
import { api, sessionExpired, sessionHeaders } from '@/lib/api/client';
import { toApiError, unwrap } from '@/lib/api/problem';
import type { PlanImport } from '@/types/api';

const FILE_PATH = '/api/v1/plan-imports/file';

/** Reads pasted text into a draft. */
export function pastePlanText(text: string) {
  return unwrap<PlanImport>(api.POST('/api/v1/plan-imports', { body: { text } }));
}

export function usePastePlanText() {
  return useMutation({ mutationFn: pastePlanText });
}

/** How far an upload has come: sending the bytes (0–100), then waiting for the reader. */
export type UploadPhase = { phase: 'uploading'; percent: number } | { phase: 'analysing' };

/**
 * Uploads a .docx or .txt as multipart field `file`. fetch reports no upload progress, so this
 * uses XMLHttpRequest, with the headers and cookie the API client sends (same origin).
 */
export function uploadPlanFile(file: File, onPhase: (phase: UploadPhase) => void) {
  return new Promise<PlanImport>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', FILE_PATH);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    for (const [name, value] of Object.entries(sessionHeaders('POST')))
      xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable)
        onPhase({ phase: 'uploading', percent: Math.round((event.loaded * 100) / event.total) });
    };
    // The bytes are all sent: the server is now reading the document, which may take a while.
    xhr.upload.onload = () => onPhase({ phase: 'analysing' });
    xhr.onerror = () => reject(new TypeError('Network error'));
    xhr.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = xhr.responseText;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        resolve(body as PlanImport);
        return;
      }
      if (xhr.status === 401) sessionExpired(FILE_PATH);
      const headers = new Headers();
      const retry = xhr.getResponseHeader('Retry-After');
      if (retry) headers.set('Retry-After', retry);
      reject(toApiError(body, new Response(null, { status: xhr.status, headers })));
    };
    const data = new FormData();
    data.append('file', file, file.name);
    xhr.send(data);
  });
}

export function useUploadPlanFile(onPhase: (phase: UploadPhase) => void) {
  return useMutation({ mutationFn: (file: File) => uploadPlanFile(file, onPhase) });
}
